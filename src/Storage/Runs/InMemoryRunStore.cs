using JobForge.Domain.Runs;

namespace JobForge.Storage.Runs;

/// <summary>An in-memory <see cref="IRunStore"/> for tests and local runs; honours the same contract as <see cref="TableRunStore"/>. Thread-safe.</summary>
public sealed partial class InMemoryRunStore : IRunStore
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Tenant, string RunId), Run> _runs = [];
    private readonly Dictionary<(string Tenant, string TemplateKey, string Key), string> _claims = [];

    /// <inheritdoc />
    public Task<RunCreateResult> CreateAsync(string tenantId, Run run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!string.Equals(tenantId, run.TenantId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The run must belong to the tenant.", nameof(tenantId));
        }

        lock (_gate)
        {
            if (run.IdempotencyKey is { } key)
            {
                var claim = (tenantId, run.TemplateKey, key);
                if (_claims.TryGetValue(claim, out var claimedId))
                {
                    var original = _runs[(tenantId, claimedId)];
                    var outcome = string.Equals(original.InputsSha256, run.InputsSha256, StringComparison.Ordinal)
                        ? RunCreateOutcome.Replayed : RunCreateOutcome.IdempotencyConflict;
                    return Task.FromResult(new RunCreateResult(outcome, original));
                }

                _claims[claim] = run.RunId;
            }

            if (!_runs.TryAdd((tenantId, run.RunId), run))
            {
                throw new InvalidOperationException("A run with this id exists already; run ids must be unique.");
            }

            _work[(tenantId, run.RunId)] = RunWorkItem.ForNewRun(run);

            return Task.FromResult(new RunCreateResult(RunCreateOutcome.Created, run) { Version = "0" });
        }
    }

    /// <inheritdoc />
    public Task<Run?> GetAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_runs.GetValueOrDefault((tenantId, runId)));
        }
    }

    /// <summary>How many runs the tenant has (for tests).</summary>
    public int Count(string tenantId)
    {
        lock (_gate)
        {
            return _runs.Keys.Count(k => string.Equals(k.Tenant, tenantId, StringComparison.Ordinal));
        }
    }
}
