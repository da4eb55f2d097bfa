namespace JobForge.Domain.Runs;

/// <summary>
/// Where runs are kept, per tenant. Idempotency is part of the contract: a run with an
/// <see cref="Run.IdempotencyKey"/> claims <c>(tenant, template key, idempotency key)</c> atomically, so any number of
/// concurrent identical requests store exactly one run.
/// </summary>
public interface IRunStore
{
    /// <summary>
    /// Stores <paramref name="run"/> (whose <see cref="Run.TenantId"/> must be <paramref name="tenantId"/>). When its
    /// idempotency key was claimed before, stores nothing and returns the original run: <see cref="RunCreateOutcome.Replayed"/>
    /// when the inputs' SHA-256 matches, else <see cref="RunCreateOutcome.IdempotencyConflict"/>.
    /// </summary>
    Task<RunCreateResult> CreateAsync(string tenantId, Run run, CancellationToken cancellationToken = default);

    /// <summary>The tenant's run <paramref name="runId"/>; null when absent, another tenant's, or the id is malformed.</summary>
    Task<Run?> GetAsync(string tenantId, string runId, CancellationToken cancellationToken = default);
}
