using System.Globalization;

namespace JobForge.Storage.Events;

/// <summary>
/// The opaque <see cref="JobForge.Domain.Events.OutboxEntry.EntryId"/> of the table store:
/// <c>{tenant}/{outbox row key}</c> for a per-event row, <c>{tenant}/{pack row key}#{index}.{count}</c> for a message
/// of a pack (<see cref="OutboxPack"/>), plus <c>/{blob name}</c> when the body lives in a blob (so completing deletes
/// it). Tenant ids and row keys never contain <c>/</c> or <c>#</c>.
/// </summary>
internal readonly record struct OutboxEntryId(string TenantId, string RowKey, string? BlobName, int PackIndex = -1, int PackCount = 0)
{
    public bool IsPacked => PackIndex >= 0;

    public static string Format(string tenantId, string rowKey, string? blobName) =>
        blobName is null ? tenantId + "/" + rowKey : tenantId + "/" + rowKey + "/" + blobName;

    public static string FormatPacked(string tenantId, string rowKey, int index, int count, string? blobName) =>
        Format(tenantId, rowKey + "#" + index.ToString(CultureInfo.InvariantCulture) + "." + count.ToString(CultureInfo.InvariantCulture), blobName);

    public static bool TryParse(string entryId, out OutboxEntryId id)
    {
        id = default;
        var parts = entryId.Split('/', 3);
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            return false;
        }

        var blobName = parts.Length == 3 ? parts[2] : null;
        if (parts[1].StartsWith(EventRowKeys.OutboxPrefix, StringComparison.Ordinal) && !parts[1].Contains('#', StringComparison.Ordinal))
        {
            id = new OutboxEntryId(parts[0], parts[1], blobName);
            return true;
        }

        var hash = parts[1].IndexOf('#', StringComparison.Ordinal);
        var dot = parts[1].LastIndexOf('.');
        if (!parts[1].StartsWith(EventRowKeys.PackPrefix, StringComparison.Ordinal) || hash < 0 || dot < hash
            || !int.TryParse(parts[1].AsSpan(hash + 1, dot - hash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1].AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || index >= count)
        {
            return false;
        }

        id = new OutboxEntryId(parts[0], parts[1][..hash], blobName, index, count);
        return true;
    }
}
