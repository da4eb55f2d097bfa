using Azure;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Runs;

/// <summary>
/// <see cref="IRunStore"/> on one Azure table, PartitionKey = tenant id (see <see cref="RunEntities"/> for the rows).
/// Idempotency without entity-group transactions: the first request <c>Add</c>s the claim row, and only the winner
/// writes its run; losers get 409, read the claim and return the winner's run. Should the winner stop between the two
/// writes, the next identical request writes the run under the claimed id (same tenant, template and inputs hash).
/// The table is created at first use.
/// </summary>
public sealed partial class TableRunStore : IRunStore
{
    private readonly TableClient _table;
    private readonly TablePartitionBatcher _writes;

    /// <summary>A store on <paramref name="table"/>; execution-state and work-index writes are group-committed per partition.</summary>
    public TableRunStore(TableClient table)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _writes = new TablePartitionBatcher(table);
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
        if (run.IdempotencyKey is not null && await TryAddAsync(RunEntities.Claim(run), cancellationToken).ConfigureAwait(false) is null)
        {
            return await ExistingAsync(run, cancellationToken).ConfigureAwait(false);
        }

        // The work entry first: a crash between the two writes leaves an entry without a run (the engine drops it),
        // never a run that nothing will execute. Once the claim is taken, a canceled caller (a stopping host) does not
        // stop the two writes half-way: they are short, and a claim without its run would wait for the next identical request.
        var finishing = run.IdempotencyKey is null ? cancellationToken : CancellationToken.None;
        await SetWorkAsync(RunWorkItem.ForNewRun(run), finishing).ConfigureAwait(false);
        var version = await TryAddAsync(RunEntities.ToEntity(run), finishing).ConfigureAwait(false);
        if (version is null)
        {
            // 409 has two honest causes: a concurrent identical request (see ExistingAsync) wrote under a claimed id, or the
            // SDK retried our own insert after its answer was lost (it retries POSTs too) and the first attempt had landed:
            // then the row is this very run (same inputs, same request time). Any other clash is a bug.
            var written = await GetAsync(tenantId, run.RunId, cancellationToken).ConfigureAwait(false);
            var ours = written is not null && string.Equals(written.InputsSha256, run.InputsSha256, StringComparison.Ordinal)
                && (run.IdempotencyKey is not null || written.RequestedAt == run.RequestedAt);
            return ours
                ? new RunCreateResult(RunCreateOutcome.Created, written!)
                : throw new InvalidOperationException("A run with this id exists already; run ids must be unique.");
        }

        return new RunCreateResult(RunCreateOutcome.Created, run) { Version = version };
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
