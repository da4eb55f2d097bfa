using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Runs;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Runs;

/// <summary>
/// The work index rows, kept in the runs table under reserved partitions <c>~work0</c>…<c>~work7</c> (tenant ids
/// start with a letter or digit, so they never collide). RowKey = <c>{run_id}|{tenant_id}</c>; <c>DueAt</c> says when
/// the run next needs a worker. A scan is one partition-range query over these few rows.
/// </summary>
internal static class RunWorkEntities
{
    public const string PartitionPrefix = "~work";
    public const int Shards = 8;

    public static string Partition(string tenantId, string runId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(tenantId + "|" + runId))[0];
        return PartitionPrefix + (hash % Shards).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static TableEntity ToEntity(RunWorkItem item) =>
        new(Partition(item.TenantId, item.RunId), item.RunId + "|" + item.TenantId) { ["DueAt"] = item.DueAt };

    public static RunWorkItem? FromEntity(TableEntity entity)
    {
        var key = entity.RowKey;
        var bar = key?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar <= 0 || entity.GetDateTimeOffset("DueAt") is not { } due
            ? null
            : new RunWorkItem(key![(bar + 1)..], key[..bar], due);
    }

    public static string DueFilter(DateTimeOffset dueBy) => TableFilter.And(
        TableFilter.GreaterThanOrEqual("PartitionKey", PartitionPrefix),
        TableFilter.LessThan("PartitionKey", PartitionPrefix + "~"),
        TableFilter.LessThanOrEqual("DueAt", dueBy));
}
