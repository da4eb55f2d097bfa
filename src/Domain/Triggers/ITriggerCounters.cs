namespace JobForge.Domain.Triggers;

/// <summary>
/// Per tenant and trigger fire counters (cooldown and hourly cap) and handled-fire marks, shared by every server:
/// increments are conditional on the version read, so two servers never both take the last slot of a cap.
/// </summary>
public interface ITriggerCounters
{
    /// <summary>The trigger's counters (<see cref="TriggerCounterState.Empty"/> when none).</summary>
    Task<TriggerCounterState> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records fire <paramref name="fireIdentity"/> at <paramref name="at"/> if the stored counters are still
    /// <paramref name="read"/>: returns the counters as stored (with their new version), or null on a concurrent change
    /// (re-read and re-decide).
    /// </summary>
    Task<TriggerCounterState?> TryRecordFireAsync(string tenantId, string triggerId, TriggerCounterState read, DateTimeOffset at, string fireIdentity, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="fireIdentity"/> was marked handled.</summary>
    Task<bool> WasHandledAsync(string tenantId, string triggerId, string fireIdentity, CancellationToken cancellationToken = default);

    /// <summary>Marks <paramref name="fireIdentity"/> handled (idempotent).</summary>
    Task MarkHandledAsync(string tenantId, string triggerId, string fireIdentity, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes the trigger's counters and marks (after a delete).</summary>
    Task ClearAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default);
}
