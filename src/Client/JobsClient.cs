using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Jobs and runs: request (or dry-run), read, list, decide, and follow them live.</summary>
public sealed partial class JobsClient
{
    private readonly JobForgeHttp _http;

    internal JobsClient(JobForgeHttp http) => _http = http;

    /// <summary>Requests a job; returns the accepted run (or, for a repeated idempotency key, the original one).</summary>
    public Task<JobAccepted> RequestAsync(JobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _http.SendAsync(HttpMethod.Post, "api/v1/jobs", request.Body(dryRun: false), JobForgeJsonContext.Default.JobAccepted, cancellationToken, request.Headers());
    }

    /// <summary>What <paramref name="request"/> would do, without running it (<c>dry_run</c>).</summary>
    public Task<JobDryRun> DryRunAsync(JobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _http.SendAsync(HttpMethod.Post, "api/v1/jobs", request.Body(dryRun: true), JobForgeJsonContext.Default.JobDryRun, cancellationToken, request.Headers());
    }

    /// <summary>The run <paramref name="runId"/> (an all-tenant key names the <paramref name="tenantId"/>); with <paramref name="includeOutputs"/> each step's outputs too.</summary>
    public Task<Run> GetAsync(string runId, string? tenantId = null, bool includeOutputs = false, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, $"api/v1/jobs/{JobForgeHttp.Segment(runId)}" + JobForgeHttp.Query(("tenant_id", tenantId), ("include", includeOutputs ? "outputs" : null)),
            null, JobForgeJsonContext.Default.Run, cancellationToken);

    /// <summary>The runs requested in the last hour (<c>1h</c>) or day (<c>24h</c>), counted by status and by minute.</summary>
    public Task<RunSummary> GetSummaryAsync(string window = "1h", string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/jobs/summary" + JobForgeHttp.Query(("tenant_id", tenantId), ("window", window)), null,
            JobForgeJsonContext.Default.RunSummary, cancellationToken);

    /// <summary>One page of runs, filtered by query parameters (status, template_key, project_id, limit, tenant_id).</summary>
    public Task<RunPage> ListPageAsync(IReadOnlyDictionary<string, string>? filters = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/jobs" + JobForgeHttp.Query(EventsClient.Pairs(filters, cursor)), null, JobForgeJsonContext.Default.RunPage, cancellationToken);

    /// <summary>Every run matching <paramref name="filters"/>, oldest first, following the cursors.</summary>
    public async IAsyncEnumerable<Run> ListAsync(IReadOnlyDictionary<string, string>? filters = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await ListPageAsync(filters, cursor, cancellationToken).ConfigureAwait(false);
            foreach (var run in page.Runs)
            {
                yield return run;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    /// <summary>Approves a run waiting for approval (scope <c>jobs:approve</c>; not by its requester).</summary>
    public Task<RunDecision> ApproveAsync(string runId, string? comment = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, "approve", comment, null, tenantId, cancellationToken);

    /// <summary>Rejects a run waiting for approval.</summary>
    public Task<RunDecision> RejectAsync(string runId, string? comment = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, "reject", comment, null, tenantId, cancellationToken);

    /// <summary>Cancels a run; with <paramref name="rollback"/> its finished steps are compensated.</summary>
    public Task<RunDecision> CancelAsync(string runId, string? comment = null, bool rollback = false, string? tenantId = null, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, "cancel", comment, rollback ? true : null, tenantId, cancellationToken);

    /// <summary>Rolls a finished run back (its compensations run).</summary>
    public Task<RunDecision> RollbackAsync(string runId, string? comment = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, "rollback", comment, null, tenantId, cancellationToken);

    private Task<RunDecision> DecideAsync(string runId, string action, string? comment, bool? rollback, string? tenantId, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (comment is not null)
        {
            body["comment"] = comment;
        }

        if (rollback is not null)
        {
            body["rollback"] = rollback.Value;
        }

        return _http.SendAsync(HttpMethod.Post, $"api/v1/jobs/{JobForgeHttp.Segment(runId)}/{action}" + JobForgeHttp.Query(("tenant_id", tenantId)),
            body, JobForgeJsonContext.Default.RunDecision, cancellationToken);
    }
}
