using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Live run updates as server-sent events: <c>GET /api/v1/jobs/{run_id}/stream</c> and <c>GET /api/v1/jobs/stream</c>
/// (scope <c>jobs:read</c>), the server's endpoints of the same name. The ASP.NET Core integration streams the response
/// as it is written, but a Functions invocation is bounded by the plan: <c>functionTimeout</c> (Consumption 5 min by
/// default, 10 at most; Flex Consumption and Premium 30 min by default) and, on every plan, the front end's 230 s limit
/// for an idle response (the 15 s heartbeats keep a stream from being idle). When an invocation ends the stream closes;
/// clients resume with <c>Last-Event-ID</c> (the client SDK does), so nothing is lost, only reconnected.
/// </summary>
public sealed class RunStreamFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/jobs/stream</c>.</summary>
    [Function(nameof(StreamTenantJobRuns))]
    public Task StreamTenantJobRuns([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/jobs/stream")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/jobs/{run_id}/stream</c>.</summary>
    [Function(nameof(StreamJobRun))]
    public Task StreamJobRun([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/jobs/{run_id}/stream")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
