using System.Globalization;
using JobForge.Domain.Runs;

namespace JobForge.Storage.Runs;

public sealed partial class InMemoryRunStore : IRunExecutionStore
{
    private readonly Dictionary<(string Tenant, string RunId), (RunState? State, RunLease? Lease, IReadOnlyList<RunSignal> Inbox, long Version)> _execution = [];
    private readonly Dictionary<(string Tenant, string RunId), RunWorkItem> _work = [];

    /// <inheritdoc />
    public Task<RunRecord?> LoadAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Record(tenantId, runId));
        }
    }

    /// <inheritdoc />
    public Task<RunSaveResult> SaveAsync(
        string tenantId, string runId, RunState? state, RunLease? lease, IReadOnlyList<RunSignal> inbox, string version,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        lock (_gate)
        {
            if (Record(tenantId, runId) is not { } current || !string.Equals(current.Version, version, StringComparison.Ordinal))
            {
                return Task.FromResult(RunSaveResult.Conflict);
            }

            var next = long.Parse(version, CultureInfo.InvariantCulture) + 1;
            _execution[(tenantId, runId)] = (state ?? current.State, lease, inbox.ToList(), next);
            if (state is not null)
            {
                _runs[(tenantId, runId)] = _runs[(tenantId, runId)] with { Status = state.Status };
            }

            return Task.FromResult(new RunSaveResult(true, next.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <inheritdoc />
    public Task SetWorkAsync(RunWorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _work[(item.TenantId, item.RunId)] = item;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveWorkAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _work.Remove((tenantId, runId));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunWorkItem>> ListDueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RunWorkItem> due = _work.Values.Where(item => item.DueAt <= dueBy).OrderBy(item => item.DueAt).Take(max).ToList();
            return Task.FromResult(due);
        }
    }

    /// <inheritdoc />
    public Task<RunPage> ListRunsAsync(string tenantId, RunListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var after = query.Cursor;
            var matching = _runs.Values
                .Where(run => string.Equals(run.TenantId, tenantId, StringComparison.Ordinal))
                .Where(run => after is null || string.CompareOrdinal(run.RunId, after) > 0)
                .Where(run => query.FromRunId is null || string.CompareOrdinal(run.RunId, query.FromRunId) >= 0)
                .Where(run => query.TemplateKey is null || string.Equals(run.TemplateKey, query.TemplateKey, StringComparison.Ordinal))
                .Where(run => query.ProjectId is null || string.Equals(run.ProjectId, query.ProjectId, StringComparison.Ordinal))
                .Where(run => query.Status is null || run.Status == query.Status)
                .OrderBy(run => run.RunId, StringComparer.Ordinal)
                .ToList();
            var limit = Math.Clamp(query.Limit, 1, 200);
            var page = matching.Take(limit).Select(run => Record(tenantId, run.RunId)!).ToList();
            return Task.FromResult(new RunPage(page, matching.Count > limit ? page[^1].Run.RunId : null));
        }
    }

    private RunRecord? Record(string tenantId, string runId)
    {
        if (!_runs.TryGetValue((tenantId, runId), out var run))
        {
            return null;
        }

        var (state, lease, inbox, version) = _execution.GetValueOrDefault((tenantId, runId), (null, null, [], 0));
        return new RunRecord(run, state, lease, inbox, version.ToString(CultureInfo.InvariantCulture));
    }
}
