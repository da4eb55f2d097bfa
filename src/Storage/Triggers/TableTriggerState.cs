using Azure;
using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <summary>
/// <see cref="ITriggerCounters"/> and <see cref="ITriggerCheckpoints"/> on one table. A tenant's trigger state is
/// spread over <see cref="TriggerStatePartitions.Shards"/> partitions (<c>{tenant}|~{shard}</c>, the shard a hash of
/// the trigger id), RowKey <c>{trigger}|counters</c> (cooldown and hourly bucket), <c>{trigger}|checkpoint</c> (cron),
/// <c>{trigger}|mark_{fire identity}</c> (handled fires). Writes go through a <see cref="TablePartitionBatcher"/>, so a
/// burst of fires across a tenant's triggers costs one entity group transaction per shard and up to 100 writes rather
/// than one request each. Every counter and checkpoint write is conditional on the ETag read, so servers agree.
/// </summary>
public sealed partial class TableTriggerState : ITriggerCounters, ITriggerCheckpoints
{
    private const string CountersRow = "counters";
    private const string CheckpointRow = "checkpoint";
    private const string KindProperty = "Kind";

    // A fresh id in every counters and checkpoint write: two servers deciding the same fire (or advancing a checkpoint to
    // the same instant) from the same read would otherwise write identical rows, and the batcher, which answers a 409 or
    // 412 on a row stored exactly as sent as that write's own landed attempt (its answer lost, the SDK's retry refused),
    // could tell the loser it had won. With it, only this write's own attempt matches, and the loser gets null as always.
    private const string WriteIdProperty = "WriteId";
    private readonly TableClient _table;
    private readonly TablePartitionBatcher _writes;

    /// <summary>State on <paramref name="table"/>.</summary>
    public TableTriggerState(TableClient table)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _writes = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
    }

    /// <inheritdoc />
    public async Task<TriggerCounterState> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(Partition(tenantId, triggerId), Row(triggerId, CountersRow), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            // Not in the sharded layout yet: counters a version before it wrote (one partition per trigger) still count;
            // the next fire writes them in the new layout (version null: an insert).
            var legacy = await _table.FindEntityAsync(LegacyPartition(tenantId, triggerId), CountersRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            return legacy is null ? TriggerCounterState.Empty : Counters(legacy) with { Version = null };
        }

        return Counters(entity);
    }

    /// <inheritdoc />
    public async Task<TriggerCounterState?> TryRecordFireAsync(string tenantId, string triggerId, TriggerCounterState read, DateTimeOffset at, string fireIdentity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var next = read.After(at, fireIdentity);
        var entity = new TableEntity(Partition(tenantId, triggerId), Row(triggerId, CountersRow))
        {
            [KindProperty] = CountersRow,
            ["LastFiredAt"] = next.LastFiredAt,
            ["HourStart"] = next.HourStart,
            ["CountInHour"] = next.CountInHour,
            ["LastFireIdentity"] = next.LastFireIdentity,
            [WriteIdProperty] = NewWriteId(),
        };
        return await ConditionalAsync(entity, read.Version, cancellationToken).ConfigureAwait(false) is { } etag ? next with { Version = etag.ToString() } : null;
    }

    /// <inheritdoc />
    public async Task<bool> WasHandledAsync(string tenantId, string triggerId, string fireIdentity, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        return await _table.FindEntityAsync(Partition(tenantId, triggerId), MarkRow(triggerId, fireIdentity), ["PartitionKey"], cancellationToken)
            .ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task MarkHandledAsync(string tenantId, string triggerId, string fireIdentity, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var mark = new TableEntity(Partition(tenantId, triggerId), MarkRow(triggerId, fireIdentity)) { ["At"] = at };
        var written = await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, mark), cancellationToken).ConfigureAwait(false);
        if (!written.Succeeded)
        {
            throw new RequestFailedException(written.Status, "The handled mark was not written.");
        }
    }

    /// <inheritdoc />
    public async Task ClearAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(tenantId, triggerId);
        var rows = TableFilter.And(
            TableFilter.Equal("PartitionKey", partition),
            TableFilter.GreaterThanOrEqual("RowKey", triggerId + "|"),
            TableFilter.LessThan("RowKey", triggerId + "}"));
        var deletes = new List<Task<TableWriteResult>>();
        await foreach (var entity in _table.QueryEntitiesAsync(rows, ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            deletes.Add(_writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, entity.RowKey), ETag.All), cancellationToken));
        }

        await Task.WhenAll(deletes).ConfigureAwait(false);
    }

    internal static string Partition(string tenantId, string triggerId) => TriggerStatePartitions.Of(tenantId, triggerId);

    /// <summary>The partition of the layout before shards (<c>{tenant}|{trigger}</c>, RowKey the kind), read as a fallback.</summary>
    internal static string LegacyPartition(string tenantId, string triggerId) => tenantId + "|" + triggerId;

    private static TriggerCounterState Counters(TableEntity entity) =>
        new(entity.GetDateTimeOffset("LastFiredAt"), entity.GetDateTimeOffset("HourStart") ?? DateTimeOffset.MinValue,
            entity.GetInt32("CountInHour") ?? 0, entity.ETag.ToString(), entity.GetString("LastFireIdentity"));

    private static string NewWriteId() => Guid.NewGuid().ToString("N");

    internal static string Row(string triggerId, string kind) => triggerId + "|" + kind;

    private static string MarkRow(string triggerId, string fireIdentity) => Row(triggerId, "mark_" + fireIdentity);

    // Adds when version is null (409 → null), else replaces if the ETag still matches (412 → null); grouped with the
    // other writes queued for the same partition.
    private async Task<ETag?> ConditionalAsync(TableEntity entity, string? version, CancellationToken cancellationToken)
    {
        var action = version is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(version));
        var written = await _writes.WriteAsync(action, cancellationToken).ConfigureAwait(false);
        return written.Succeeded ? written.ETag : null;
    }
}
