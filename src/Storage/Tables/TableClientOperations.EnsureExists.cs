using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <content>Create-on-first-use, for stores that should not need a set-up step.</content>
public static partial class TableClientOperations
{
    private static readonly ConditionalWeakTable<TableClient, CreateOnce> Created = [];

    /// <summary>
    /// Creates the table the first time it is called on this client instance (one request, however many callers race)
    /// and costs nothing afterwards. A failure is not remembered: the next call tries again.
    /// </summary>
    public static Task EnsureExistsAsync(this TableClient table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Created.GetValue(table, static t => new CreateOnce(ct => t.CreateIfNotExistsAsync(ct))).EnsureAsync(cancellationToken);
    }
}
