using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>
/// Writes the run row for the activities: the orchestrator's state, conditional on the version read (a signal appended
/// meanwhile makes the save read again and keep that signal in the inbox). A stored state further along (higher
/// <see cref="RunState.Sequence"/>) is never overwritten by an older one (a redelivered activity).
/// </summary>
public sealed class DurableRunRows(IRunExecutionStore store)
{
    private const int MaxRounds = 8;

    /// <summary>The run's row.</summary>
    /// <exception cref="InvalidOperationException">The run does not exist (deleted by retention while it ran).</exception>
    public async Task<RunRecord> LoadAsync(DurableRunRef run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return await store.LoadAsync(run.TenantId, run.RunId, cancellationToken)
            ?? throw new InvalidOperationException("The run row is gone.");
    }

    /// <summary>Saves <paramref name="state"/> over <paramref name="record"/>; returns the row as stored.</summary>
    public async Task<RunRecord> SaveAsync(RunRecord record, RunState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(state);
        var run = new DurableRunRef(record.Run.TenantId, record.Run.RunId);
        for (var round = 0; round < MaxRounds; round++)
        {
            if (record.State is { } stored && stored.Sequence > state.Sequence)
            {
                return record;
            }

            var saved = await store.SaveAsync(run.TenantId, run.RunId, state, null, record.Inbox, record.Version, cancellationToken);
            if (saved.Saved)
            {
                return record with { State = state, Lease = null, Version = saved.Version! };
            }

            record = await LoadAsync(run, cancellationToken);
        }

        throw new InvalidOperationException("The run row kept changing; the activity is retried.");
    }

    /// <summary>
    /// Saves <paramref name="state"/> only if the row is still as <paramref name="record"/> read it (no signal appended
    /// or taken meanwhile) and holds no state further along; null otherwise (nothing written).
    /// </summary>
    public async Task<RunRecord?> TrySaveUnchangedAsync(RunRecord record, RunState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(state);
        if (record.State is { } stored && stored.Sequence > state.Sequence)
        {
            return null;
        }
        var saved = await store.SaveAsync(record.Run.TenantId, record.Run.RunId, state, null, record.Inbox, record.Version, cancellationToken);
        return saved.Saved ? record with { State = state, Lease = null, Version = saved.Version! } : null;
    }

    /// <summary>Takes every signal out of the inbox (the state stays as stored); returns them oldest first.</summary>
    public async Task<IReadOnlyList<RunSignal>> TakeSignalsAsync(DurableRunRef run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        for (var round = 0; round < MaxRounds; round++)
        {
            var record = await LoadAsync(run, cancellationToken);
            if (record.Inbox.Count == 0)
            {
                return [];
            }

            var saved = await store.SaveAsync(run.TenantId, run.RunId, null, record.Lease, [], record.Version, cancellationToken);
            if (saved.Saved)
            {
                return record.Inbox;
            }
        }

        throw new InvalidOperationException("The run row kept changing; the activity is retried.");
    }
}
