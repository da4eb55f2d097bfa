using System.Globalization;
using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <content>The index source: scans by type and the change feed.</content>
public sealed partial class TableTriggerStore
{
    /// <inheritdoc />
    public async Task<TriggerPage> ScanAsync(TriggerType type, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableFilter.And(TableFilter.Equal("Kind", "trigger"), TableFilter.Equal("TriggerType", TriggerWireNames.ToWireName(type)));
        var page = await _table.QueryPageAsync(filter, maxPerPage: Math.Clamp(pageSize, 1, TableClientOperations.MaxPageSize),
            continuationToken: cursor, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new TriggerPage(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TriggerChange>> ReadChangesAsync(DateTimeOffset since, int max, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableFilter.And(
            TableFilter.Equal("PartitionKey", ChangesPartition),
            TableFilter.GreaterThanOrEqual("RowKey", Ticks(since)));
        var page = await _table.QueryPageAsync(filter, maxPerPage: Math.Clamp(max, 1, TableClientOperations.MaxPageSize), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return page.Values
            .Select(e => new TriggerChange(e.GetString("TenantId") ?? "", e.GetString("TriggerId") ?? "", e.GetDateTimeOffset("At") ?? since, e.RowKey!))
            .ToList();
    }

    private async Task RecordChangeAsync(string tenantId, string triggerId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var entity = new TableEntity(ChangesPartition, Ticks(now) + "_" + tenantId + "|" + triggerId + "_" + NextSuffix())
        {
            ["TenantId"] = tenantId,
            ["TriggerId"] = triggerId,
            ["At"] = now,
        };
        await _table.UpsertEntityForETagAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string Ticks(DateTimeOffset at) => Math.Max(0, at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
