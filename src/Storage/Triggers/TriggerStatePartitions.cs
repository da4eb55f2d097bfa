using System.Security.Cryptography;
using System.Text;

namespace JobForge.Storage.Triggers;

/// <summary>
/// The partitions of a tenant's trigger state and decisions: <c>{tenant}|~{shard}</c>, the shard the first byte of the
/// SHA-256 of the trigger id modulo <see cref="Shards"/>. Writes to one shard group into entity group transactions;
/// the shards spread a tenant over several partitions (on Azure each partition serves about 2,000 entities/s). <c>|</c>
/// and <c>~</c> are in no storage-safe id, so keys cannot collide with another tenant's.
/// </summary>
public static class TriggerStatePartitions
{
    /// <summary>Partitions per tenant. Changing it moves every row: it is part of the storage layout.</summary>
    public const int Shards = 8;

    /// <summary>The partition holding <paramref name="triggerId"/>'s rows.</summary>
    public static string Of(string tenantId, string triggerId)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(triggerId);
        var shard = SHA256.HashData(Encoding.UTF8.GetBytes(triggerId))[0] % Shards;
        return tenantId + "|~" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The tenant of a partition key made by <see cref="Of"/>; null for any other key.</summary>
    public static string? TenantOf(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        var split = partitionKey.LastIndexOf("|~", StringComparison.Ordinal);
        return split > 0 ? partitionKey[..split] : null;
    }
}
