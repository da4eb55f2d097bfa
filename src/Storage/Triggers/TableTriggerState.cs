using Azure;
using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <summary>
/// <see cref="ITriggerCounters"/> and <see cref="ITriggerCheckpoints"/> on one table, one partition per trigger
/// (<c>{tenant}|{trigger}</c>; <c>|</c> is in no storage-safe id, so keys cannot collide): RowKey <c>counters</c>
/// (cooldown and hourly bucket), <c>checkpoint</c> (cron), <c>mark_{fire identity}</c> (handled fires). Every counter
/// and checkpoint write is conditional on the ETag read, so servers agree.
/// </summary>
public sealed partial class TableTriggerState : ITriggerCounters, ITriggerCheckpoints
{
    private const string CountersRow = "counters";
    private const string CheckpointRow = "checkpoint";
    private readonly TableClient _table;

    /// <summary>State on <paramref name="table"/>.</summary>
    public TableTriggerState(TableClient table) => _table = table ?? throw new ArgumentNullException(nameof(table));

    /// <inheritdoc />
    public async Task<TriggerCounterState> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(Partition(tenantId, triggerId), CountersRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null
            ? TriggerCounterState.Empty
            : new TriggerCounterState(entity.GetDateTimeOffset("LastFiredAt"), entity.GetDateTimeOffset("HourStart") ?? DateTimeOffset.MinValue,
                entity.GetInt32("CountInHour") ?? 0, entity.ETag.ToString(), entity.GetString("LastFireIdentity"));
    }

    /// <inheritdoc />
    public async Task<bool> TryRecordFireAsync(string tenantId, string triggerId, TriggerCounterState read, DateTimeOffset at, string fireIdentity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var next = read.After(at, fireIdentity);
        var entity = new TableEntity(Partition(tenantId, triggerId), CountersRow)
        {
            ["LastFiredAt"] = next.LastFiredAt,
            ["HourStart"] = next.HourStart,
            ["CountInHour"] = next.CountInHour,
            ["LastFireIdentity"] = next.LastFireIdentity,
        };
        return await ConditionalAsync(entity, read.Version, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task<bool> WasHandledAsync(string tenantId, string triggerId, string fireIdentity, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        return await _table.FindEntityAsync(Partition(tenantId, triggerId), MarkRow(fireIdentity), ["PartitionKey"], cancellationToken)
            .ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task MarkHandledAsync(string tenantId, string triggerId, string fireIdentity, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await _table.UpsertEntityForETagAsync(new TableEntity(Partition(tenantId, triggerId), MarkRow(fireIdentity)) { ["At"] = at },
            TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ClearAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(tenantId, triggerId);
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", partition), ["PartitionKey", "RowKey"], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            await _table.DeleteEntityIfExistsAsync(partition, entity.RowKey!, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    internal static string Partition(string tenantId, string triggerId) => tenantId + "|" + triggerId;

    private static string MarkRow(string fireIdentity) => "mark_" + fireIdentity;

    // Adds when version is null (409 → null), else replaces if the ETag still matches (412 → null).
    private async Task<ETag?> ConditionalAsync(TableEntity entity, string? version, CancellationToken cancellationToken)
    {
        try
        {
            return version is null
                ? await _table.InsertEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityForETagAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException conflict) when (conflict.Status == 412)
        {
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 404 && ex.ErrorCode != TableErrorCode.TableNotFound.ToString())
        {
            return null;
        }
    }
}
