using Azure;
using JobForge.Domain.Admission;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Runs;

/// <summary>
/// <see cref="IRunStore"/> on one Azure table, PartitionKey = tenant id (see <see cref="RunEntities"/> for the rows).
/// Idempotency: the claim row and the run row are added in one entity group transaction (both in the tenant's
/// partition), so a claim never exists without its run; losers get 409 on the claim, read it and return the winner's
/// run. A claim left without a run by an older version (claim and run were two writes then) is completed by the next
/// identical request, which writes the run under the claimed id (same tenant, template and inputs hash).
/// Concurrent creations of a tenant's runs share entity group transactions (<see cref="TablePartitionBatcher.WriteGroupAsync"/>).
/// The table is created at first use.
/// </summary>
public sealed partial class TableRunStore : IRunStore, IWriteBacklog
{
    private readonly TableClient _table;
    private readonly TablePartitionBatcher _writes;
    private readonly bool _groupCreations;

    /// <summary>
    /// A store on <paramref name="table"/>; execution-state and work-index writes are group-committed per partition, and
    /// so are the claim and row of runs being created, unless <paramref name="groupCreations"/> is false.
    /// </summary>
    public TableRunStore(TableClient table, bool groupCreations = true)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _writes = new TablePartitionBatcher(table);
        _groupCreations = groupCreations;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A new run writes its work entry (one of the shared <c>~work</c> shards) and then its row (the tenant's partition),
    /// so the tenant's backlog is the longer of its partition's queue and the work shards' queues.
    /// </remarks>
    public (WriteBacklog Tenant, WriteBacklog Total) MeasureWriteBacklog(string tenantId)
    {
        var tenant = _writes.Backlog(tenantId);
        var pending = tenant.Pending;
        var oldest = tenant.OldestWait;
        for (var shard = 0; shard < RunWorkEntities.Shards; shard++)
        {
            var work = _writes.Backlog(RunWorkEntities.PartitionPrefix + shard.ToString(System.Globalization.CultureInfo.InvariantCulture));
            pending += work.Pending;
            oldest = work.OldestWait > oldest ? work.OldestWait : oldest;
        }

        return (new WriteBacklog(pending, oldest), new WriteBacklog(_writes.PendingCount, oldest));
    }

    /// <inheritdoc />
    public async Task<RunCreateResult> CreateAsync(string tenantId, Run run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!string.Equals(tenantId, run.TenantId, StringComparison.Ordinal) || !StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength))
        {
            throw new ArgumentException("The run must belong to the tenant, whose id must be storage-safe.", nameof(tenantId));
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);

        // The work entry first: a crash before the run is written leaves an entry without a run (the engine drops it),
        // never a run that nothing will execute.
        await SetWorkAsync(RunWorkItem.ForNewRun(run), cancellationToken).ConfigureAwait(false);
        if (run.IdempotencyKey is null)
        {
            var version = await TryAddAsync(RunEntities.ToEntity(run), cancellationToken).ConfigureAwait(false);
            return version is not null
                ? new RunCreateResult(RunCreateOutcome.Created, run) { Version = version }
                : await OwnLandedInsertAsync(run, cancellationToken).ConfigureAwait(false);
        }

        // The claim and the run are rows of the tenant's partition: one entity group transaction writes both or
        // neither, so no stop, crash or storage failure can leave a claim that no run will ever complete.
        IReadOnlyList<Response> written;
        try
        {
            // Group-committed: concurrent creations in the tenant's partition share one transaction (a refused one is
            // sent again alone, so its conflict is reported exactly as its own transaction would report it).
            TableTransactionAction[] actions =
                [new TableTransactionAction(TableTransactionActionType.Add, RunEntities.Claim(run)),
                 new TableTransactionAction(TableTransactionActionType.Add, RunEntities.ToEntity(run))];
            written = _groupCreations
                ? await _writes.WriteGroupAsync(actions, cancellationToken).ConfigureAwait(false)
                : await _table.SubmitPartitionTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex is null or 0)
        {
            var existing = await ExistingAsync(run, cancellationToken).ConfigureAwait(false);
            if (string.Equals(existing.Run.RunId, run.RunId, StringComparison.Ordinal))
            {
                // The claim names this very run: the SDK retried our own transaction after its answer was lost (it
                // retries POSTs too) and the first attempt had landed. The run is ours and new; its work entry stays.
                return new RunCreateResult(RunCreateOutcome.Created, existing.Run);
            }

            // Claimed already by another request: the claim holder's run answers; the entry written above leads nowhere.
            await RemoveWorkAsync(run.TenantId, run.RunId, CancellationToken.None).ConfigureAwait(false);
            return existing;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            throw new InvalidOperationException("A run with this id exists already; run ids must be unique.", ex);
        }

        return new RunCreateResult(RunCreateOutcome.Created, run) { Version = TableClientOperations.ETagOf(written[1]).ToString() };
    }

    /// <summary>
    /// A 409 on a run insert without a claim: the SDK retried our own insert after its answer was lost (it retries
    /// POSTs too) and the first attempt had landed, so the row is this very run (same inputs, same request time).
    /// Any other clash is a bug.
    /// </summary>
    private async Task<RunCreateResult> OwnLandedInsertAsync(Run run, CancellationToken cancellationToken)
    {
        var written = await GetAsync(run.TenantId, run.RunId, cancellationToken).ConfigureAwait(false);
        var ours = written is not null && string.Equals(written.InputsSha256, run.InputsSha256, StringComparison.Ordinal)
            && written.RequestedAt == run.RequestedAt;
        return ours
            ? new RunCreateResult(RunCreateOutcome.Created, written!)
            : throw new InvalidOperationException("A run with this id exists already; run ids must be unique.");
    }

    /// <inheritdoc />
    public async Task<Run?> GetAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength) || !RunId.IsValid(runId))
        {
            return null;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(tenantId, runId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : RunEntities.FromEntity(entity);
    }

    private async Task<RunCreateResult> ExistingAsync(Run run, CancellationToken cancellationToken)
    {
        var claim = await _table.FindEntityAsync(run.TenantId, RunEntities.ClaimRowKey(run.TemplateKey, run.IdempotencyKey!),
            cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The idempotency claim vanished after a conflict.");
        var claimedId = claim.GetString("RunId") ?? throw new InvalidOperationException("The idempotency claim has no run id.");
        var claimedSha = claim.GetString("InputsSha256");
        var sameInputs = string.Equals(claimedSha, run.InputsSha256, StringComparison.Ordinal);
        var original = await GetAsync(run.TenantId, claimedId, cancellationToken).ConfigureAwait(false);
        if (original is null && sameInputs)
        {
            // The winner has not written its run yet (or stopped): write an equivalent one under the claimed id.
            await SetWorkAsync(RunWorkItem.ForNewRun(run with { RunId = claimedId }), cancellationToken).ConfigureAwait(false);
            await TryAddAsync(RunEntities.ToEntity(run with { RunId = claimedId }), cancellationToken).ConfigureAwait(false);
            original = await GetAsync(run.TenantId, claimedId, cancellationToken).ConfigureAwait(false);
        }

        original ??= run with { RunId = claimedId, InputsSha256 = claimedSha ?? "" };
        return new RunCreateResult(sameInputs ? RunCreateOutcome.Replayed : RunCreateOutcome.IdempotencyConflict, original);
    }

    /// <summary>Adds the entity (group-committed with other writes to its partition); its version (ETag), or null when the keys are taken.</summary>
    private async Task<string?> TryAddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        var written = await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.Add, entity), cancellationToken).ConfigureAwait(false);
        return written.Succeeded ? written.ETag.ToString() : written.Status == 409 ? null
            : throw new RequestFailedException(written.Status, "Adding the entity was refused with status " + written.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
    }
}
