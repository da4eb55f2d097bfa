using System.Globalization;
using Azure;
using JobForge.Domain.Events;
using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <summary>
/// <see cref="ITriggerStore"/> and <see cref="ITriggerIndexSource"/> on one table: triggers under PartitionKey = tenant,
/// RowKey = trigger id (the whole trigger as JSON plus <c>TriggerType</c> and <c>Enabled</c> columns), and the change feed
/// under PartitionKey <c>_changes</c> (no tenant id starts with <c>_</c>), RowKey = UTC ticks + tenant + id. A change row is
/// written before the trigger, so a failed write leaves at most a harmless extra change.
/// </summary>
public sealed partial class TableTriggerStore : ITriggerStore, ITriggerIndexSource
{
    internal const string ChangesPartition = "_changes";
    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private long _sequence;

    /// <summary>A store on <paramref name="table"/>, stamping changes with <paramref name="time"/>.</summary>
    public TableTriggerStore(TableClient table, TimeProvider time)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public async Task<TriggerWriteResult> CreateAsync(string tenantId, Trigger trigger, CancellationToken cancellationToken = default)
    {
        Check(tenantId, trigger);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await RecordChangeAsync(tenantId, trigger.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            var etag = await _table.InsertEntityAsync(ToEntity(trigger), cancellationToken).ConfigureAwait(false);
            return new TriggerWriteResult(TriggerWriteOutcome.Written, new StoredTrigger(trigger, etag.ToString()));
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString())
        {
            return new TriggerWriteResult(TriggerWriteOutcome.AlreadyExists, null);
        }
    }

    /// <inheritdoc />
    public async Task<StoredTrigger?> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        if (!Valid(tenantId, triggerId))
        {
            return null;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(tenantId, triggerId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <inheritdoc />
    public async Task<TriggerWriteResult> UpdateAsync(string tenantId, Trigger trigger, string? ifVersion, CancellationToken cancellationToken = default)
    {
        Check(tenantId, trigger);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await RecordChangeAsync(tenantId, trigger.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            var etag = await _table.UpdateEntityForETagAsync(ToEntity(trigger), ifVersion is null ? ETag.All : new ETag(ifVersion),
                TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new TriggerWriteResult(TriggerWriteOutcome.Written, new StoredTrigger(trigger, etag.ToString()));
        }
        catch (RequestFailedException conflict) when (conflict.Status == 412)
        {
            return new TriggerWriteResult(TriggerWriteOutcome.VersionMismatch, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return new TriggerWriteResult(TriggerWriteOutcome.NotFound, null);
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        if (!Valid(tenantId, triggerId))
        {
            return false;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await RecordChangeAsync(tenantId, triggerId, cancellationToken).ConfigureAwait(false);
        return await _table.DeleteEntityIfExistsAsync(tenantId, triggerId, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<TriggerPage> ListAsync(string tenantId, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength))
        {
            return new TriggerPage([], null);
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var page = await _table.QueryPageAsync(TableFilter.Equal("PartitionKey", tenantId), maxPerPage: Math.Clamp(pageSize, 1, TableClientOperations.MaxPageSize),
            continuationToken: cursor, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new TriggerPage(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
    }

    private static TableEntity ToEntity(Trigger trigger) => new(trigger.TenantId, trigger.Id)
    {
        ["Kind"] = "trigger",
        ["TriggerType"] = TriggerWireNames.ToWireName(trigger.TriggerType),
        ["Enabled"] = trigger.Enabled,
        ["Json"] = TriggerJson.Write(trigger),
    };

    private static StoredTrigger FromEntity(TableEntity entity) =>
        new(TriggerJson.Read(entity.GetString("Json") ?? throw new FormatException("The stored trigger has no JSON.")), entity.ETag.ToString());

    private static bool Valid(string tenantId, string triggerId) =>
        StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength) && StorageSafeId.IsValid(triggerId, TriggerRequestParser.MaxIdLength);

    private static void Check(string tenantId, Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (!string.Equals(tenantId, trigger.TenantId, StringComparison.Ordinal) || !Valid(tenantId, trigger.Id))
        {
            throw new ArgumentException("The trigger must belong to the tenant, and both ids must be storage-safe.", nameof(tenantId));
        }
    }

    private string NextSuffix() => Interlocked.Increment(ref _sequence).ToString("D12", CultureInfo.InvariantCulture);
}
