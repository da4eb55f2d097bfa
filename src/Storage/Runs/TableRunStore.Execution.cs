using Azure;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Runs;

public sealed partial class TableRunStore : IRunExecutionStore
{
    /// <inheritdoc />
    public async Task<RunRecord?> LoadAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength) || !RunId.IsValid(runId))
        {
            return null;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(tenantId, runId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : RunEntities.RecordFromEntity(entity);
    }

    /// <inheritdoc />
    public async Task<RunSaveResult> SaveAsync(
        string tenantId, string runId, RunState? state, RunLease? lease, IReadOnlyList<RunSignal> inbox, string version,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength) || !RunId.IsValid(runId) || string.IsNullOrEmpty(version))
        {
            return RunSaveResult.Conflict;
        }

        var entity = RunEntities.ExecutionEntity(tenantId, runId, state, lease, inbox);
        var written = await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpdateMerge, entity, new ETag(version)), cancellationToken)
            .ConfigureAwait(false);
        return written.Succeeded ? new RunSaveResult(true, written.ETag.ToString()) : RunSaveResult.Conflict;
    }

    /// <inheritdoc />
    public async Task SetWorkAsync(RunWorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, RunWorkEntities.ToEntity(item)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RemoveWorkAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        var key = new TableEntity(RunWorkEntities.Partition(tenantId, runId), runId + "|" + tenantId);
        await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.Delete, key, ETag.All), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunWorkItem>> ListDueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<RunWorkItem>();
        await foreach (var entity in _table.QueryEntitiesAsync(RunWorkEntities.DueFilter(dueBy), maxPerPage: Math.Min(max, TableClientOperations.MaxPageSize), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (RunWorkEntities.FromEntity(entity) is { } item)
            {
                items.Add(item);
            }

            if (items.Count >= max)
            {
                break;
            }
        }

        return items;
    }

    /// <inheritdoc />
    public async Task<RunPage> ListRunsAsync(string tenantId, RunListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength))
        {
            return new RunPage([], null);
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var filters = new List<string>
        {
            TableFilter.Equal("PartitionKey", tenantId),
            TableFilter.GreaterThanOrEqual("RowKey", query.FromRunId is { } from && string.CompareOrdinal(from, RunId.Prefix) > 0 ? from : RunId.Prefix),
            TableFilter.LessThan("RowKey", RunId.Prefix[..^1] + (char)(RunId.Prefix[^1] + 1)),
        };
        if (query.Status is { } status)
        {
            filters.Add(TableFilter.Equal("Status", RunStatusNames.ToWireName(status)));
        }

        if (query.TemplateKey is { } key)
        {
            filters.Add(TableFilter.Equal("TemplateKey", key));
        }

        if (query.ProjectId is { } project)
        {
            filters.Add(TableFilter.Equal("ProjectId", project));
        }

        var page = await _table.QueryPageAsync(TableFilter.And([.. filters]), maxPerPage: Math.Clamp(query.Limit, 1, 200),
            continuationToken: query.Cursor, cancellationToken: cancellationToken).ConfigureAwait(false);
        var runs = page.Values.Select(RunEntities.RecordFromEntity).OfType<RunRecord>().ToList();
        return new RunPage(runs, page.ContinuationToken);
    }
}
