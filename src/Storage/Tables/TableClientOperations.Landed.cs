using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <content>
/// Recognising our own write after a retry. Azure.Core retries every request whose answer it did not get (a network
/// timeout, a reset connection), POSTs and entity group transactions included; when the first attempt had landed, the
/// retry meets 409 EntityAlreadyExists on a row that is exactly what we sent.
/// </content>
public static partial class TableClientOperations
{
    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "odata.etag",
    };

    /// <summary>
    /// Whether the stored row at <paramref name="sent"/>'s keys holds every property of <paramref name="sent"/> with the
    /// same value (a null one absent): after a 409 on an insert of a row whose key is unique to one writer (a generated
    /// id, a fresh GUID), that means the insert — and, for a transaction, every action with it, since a transaction
    /// applies all or nothing — landed on an earlier attempt whose answer was lost.
    /// </summary>
    public static async Task<bool> IsStoredAsSentAsync(this TableClient table, ITableEntity sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sent);
        if (sent is not TableEntity expected)
        {
            return false;
        }

        var stored = await table.FindEntityAsync(sent.PartitionKey, sent.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return HoldsAsSent(stored, expected, exactly: false);
    }

    /// <summary>
    /// Whether <paramref name="stored"/> holds every property of <paramref name="sent"/> with the same value (a null one
    /// absent) and, when <paramref name="exactly"/>, no property that <paramref name="sent"/> lacks: what an insert or a
    /// replace leaves behind. Keys, Timestamp and ETag are not compared (the write that landed set the last two).
    /// </summary>
    internal static bool HoldsAsSent(TableEntity? stored, TableEntity sent, bool exactly) =>
        stored is not null
        && UserProperties(sent).All(key => SameValue(sent[key], stored.TryGetValue(key, out var value) ? value : null))
        && (!exactly || UserProperties(stored).All(key => stored[key] is null || sent.TryGetValue(key, out var value) && value is not null));

    private static IEnumerable<string> UserProperties(TableEntity entity) =>
        entity.Keys.Where(key => !SystemProperties.Contains(key) && !key.EndsWith("@odata.type", StringComparison.Ordinal));

    private static bool SameValue(object? sent, object? stored) => (sent, stored) switch
    {
        (null, null) => true,
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (BinaryData a, byte[] b) => a.ToMemory().Span.SequenceEqual(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks == b.UtcTicks,
        (DateTime a, DateTimeOffset b) => a.ToUniversalTime().Ticks == b.UtcTicks,
        (int a, long b) => a == b,
        (long a, int b) => a == b,
        (Guid a, string b) => Guid.TryParse(b, out var g) && a == g,
        _ => Equals(sent, stored),
    };
}
