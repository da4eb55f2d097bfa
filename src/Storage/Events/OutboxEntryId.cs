using System.Diagnostics.CodeAnalysis;

namespace JobForge.Storage.Events;

/// <summary>
/// The opaque <see cref="JobForge.Domain.Events.OutboxEntry.EntryId"/> of the table store:
/// <c>{tenant}/{outbox row key}</c>, plus <c>/{blob name}</c> when the body lives in a blob (so completing deletes it).
/// Tenant ids and row keys never contain <c>/</c>.
/// </summary>
internal static class OutboxEntryId
{
    public static string Format(string tenantId, string rowKey, string? blobName) =>
        blobName is null ? tenantId + "/" + rowKey : tenantId + "/" + rowKey + "/" + blobName;

    public static bool TryParse(string entryId, [NotNullWhen(true)] out string? tenantId, [NotNullWhen(true)] out string? rowKey, out string? blobName)
    {
        var parts = entryId.Split('/', 3);
        tenantId = rowKey = blobName = null;
        if (parts.Length < 2 || parts[0].Length == 0 || !parts[1].StartsWith(EventRowKeys.OutboxPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        tenantId = parts[0];
        rowKey = parts[1];
        blobName = parts.Length == 3 ? parts[2] : null;
        return true;
    }
}
