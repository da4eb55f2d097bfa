using System.Globalization;
using Azure;
using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <summary>
/// <see cref="ITriggerDecisionLog"/> on one table: PartitionKey the trigger's state partition (<see cref="TriggerStatePartitions"/>),
/// RowKey <c>{trigger}|</c> + inverted UTC ticks plus a sequence, so a RowKey range query returns one trigger's
/// decisions newest first. Appends go through a <see cref="TablePartitionBatcher"/>: a burst of fires across a
/// tenant's triggers writes its decisions in entity group transactions. The cursor is the table's continuation token.
/// </summary>
public sealed class TableTriggerDecisionLog : ITriggerDecisionLog
{
    private readonly TableClient _table;
    private readonly TablePartitionBatcher _writes;
    private long _sequence;

    /// <summary>A log on <paramref name="table"/>.</summary>
    public TableTriggerDecisionLog(TableClient table)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _writes = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
    }

    /// <inheritdoc />
    public async Task AppendAsync(string tenantId, TriggerDecisionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!string.Equals(tenantId, record.TenantId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The record must belong to the tenant.", nameof(tenantId));
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var inverted = (DateTimeOffset.MaxValue.UtcTicks - record.EvaluatedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        for (var attempt = 0; ; attempt++)
        {
            var row = TableTriggerState.Row(record.TriggerId, inverted + "_" + Interlocked.Increment(ref _sequence).ToString("D12", CultureInfo.InvariantCulture)
                + "_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            var entity = ToEntity(record, TableTriggerState.Partition(tenantId, record.TriggerId), row);
            var written = await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.Add, entity), cancellationToken).ConfigureAwait(false);
            if (written.Succeeded)
            {
                return;
            }

            if (written.Status != 409 || attempt >= 3)
            {
                throw new RequestFailedException(written.Status, "The trigger decision was not recorded.");
            }
        }
    }

    /// <inheritdoc />
    public async Task<TriggerDecisionPage> ListAsync(string tenantId, string triggerId, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var rows = TableFilter.And(
            TableFilter.Equal("PartitionKey", TableTriggerState.Partition(tenantId, triggerId)),
            TableFilter.GreaterThanOrEqual("RowKey", triggerId + "|"),
            TableFilter.LessThan("RowKey", triggerId + "}"));
        var page = await _table.QueryPageAsync(rows,
            maxPerPage: Math.Clamp(pageSize, 1, TableClientOperations.MaxPageSize), continuationToken: cursor, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new TriggerDecisionPage(page.Values.Select(e => FromEntity(tenantId, triggerId, e)).ToList(), page.ContinuationToken);
    }

    private static TableEntity ToEntity(TriggerDecisionRecord r, string partition, string row) => new(partition, row)
    {
        ["EvaluatedAt"] = r.EvaluatedAt,
        ["Decision"] = r.Decision,
        ["Reason"] = r.Reason,
        ["FireIdentity"] = r.FireIdentity,
        ["ScheduledAt"] = r.ScheduledAt,
        ["EventId"] = r.EventId,
        ["Outcome"] = r.Outcome,
        ["RunId"] = r.RunId,
        ["TemplateKey"] = r.TemplateKey,
        ["Test"] = r.Test,
    };

    private static TriggerDecisionRecord FromEntity(string tenantId, string triggerId, TableEntity e) => new()
    {
        TenantId = tenantId,
        TriggerId = triggerId,
        EvaluatedAt = e.GetDateTimeOffset("EvaluatedAt") ?? DateTimeOffset.MinValue,
        Decision = e.GetString("Decision") ?? "",
        Reason = e.GetString("Reason") ?? "",
        FireIdentity = e.GetString("FireIdentity") ?? "",
        ScheduledAt = e.GetDateTimeOffset("ScheduledAt"),
        EventId = e.GetString("EventId"),
        Outcome = e.GetString("Outcome"),
        RunId = e.GetString("RunId"),
        TemplateKey = e.GetString("TemplateKey") ?? "",
        Test = e.GetBoolean("Test") ?? false,
    };
}
