namespace JobForge.Domain.Runs;

/// <summary>
/// Where the engine keeps execution state: the run row (state, lease, inbox; every save conditional on the
/// version read) and the work index of unfinished runs. Tenant first on every run-level method.
/// </summary>
public interface IRunExecutionStore
{
    /// <summary>The run with its state, lease, inbox and version; null when absent or another tenant's.</summary>
    Task<RunRecord?> LoadAsync(string tenantId, string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="state"/> (null: leave it unset, for a run not started), <paramref name="lease"/> and <paramref name="inbox"/> if the stored version is
    /// still <paramref name="version"/>; otherwise writes nothing and returns <see cref="RunSaveResult.Conflict"/>.
    /// </summary>
    Task<RunSaveResult> SaveAsync(
        string tenantId, string runId, RunState? state, RunLease? lease, IReadOnlyList<RunSignal> inbox, string version,
        CancellationToken cancellationToken = default);

    /// <summary>Sets (creates or moves) the run's work index entry.</summary>
    Task SetWorkAsync(RunWorkItem item, CancellationToken cancellationToken = default);

    /// <summary>Removes the run's work index entry (the run is finished); absent is fine.</summary>
    Task RemoveWorkAsync(string tenantId, string runId, CancellationToken cancellationToken = default);

    /// <summary>Work entries due at or before <paramref name="dueBy"/>, across tenants, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<RunWorkItem>> ListDueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken = default);

    /// <summary>The tenant's runs, in creation order (oldest first; run ids are time-ordered), filtered and paged (see <see cref="RunListQuery"/>).</summary>
    Task<RunPage> ListRunsAsync(string tenantId, RunListQuery query, CancellationToken cancellationToken = default);
}
