using Microsoft.DurableTask.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Jobs and runs: <c>/api/v1/jobs</c> (scopes <c>jobs:write</c>, <c>jobs:read</c>, <c>jobs:approve</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class JobFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>POST /api/v1/jobs</c>.</summary>
    [Function(nameof(RequestJob))]
    public Task RequestJob([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/jobs")] HttpRequest request, [DurableClient] DurableTaskClient? durableClient) =>
        endpoints.InvokeAsync(request, durableClient);

    /// <summary><c>GET /api/v1/jobs</c>.</summary>
    [Function(nameof(ListJobRuns))]
    public Task ListJobRuns([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/jobs")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/jobs/summary</c>.</summary>
    [Function(nameof(SummarizeJobRuns))]
    public Task SummarizeJobRuns([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/jobs/summary")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/jobs/{run_id}</c>.</summary>
    [Function(nameof(GetJobRun))]
    public Task GetJobRun([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/jobs/{run_id}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/jobs/{run_id}/approve</c>.</summary>
    [Function(nameof(ApproveJobRun))]
    public Task ApproveJobRun([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/jobs/{run_id}/approve")] HttpRequest request, [DurableClient] DurableTaskClient? durableClient) =>
        endpoints.InvokeAsync(request, durableClient);

    /// <summary><c>POST /api/v1/jobs/{run_id}/reject</c>.</summary>
    [Function(nameof(RejectJobRun))]
    public Task RejectJobRun([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/jobs/{run_id}/reject")] HttpRequest request, [DurableClient] DurableTaskClient? durableClient) =>
        endpoints.InvokeAsync(request, durableClient);

    /// <summary><c>POST /api/v1/jobs/{run_id}/cancel</c>.</summary>
    [Function(nameof(CancelJobRun))]
    public Task CancelJobRun([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/jobs/{run_id}/cancel")] HttpRequest request, [DurableClient] DurableTaskClient? durableClient) =>
        endpoints.InvokeAsync(request, durableClient);

    /// <summary><c>POST /api/v1/jobs/{run_id}/rollback</c>.</summary>
    [Function(nameof(RollbackJobRun))]
    public Task RollbackJobRun([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/jobs/{run_id}/rollback")] HttpRequest request, [DurableClient] DurableTaskClient? durableClient) =>
        endpoints.InvokeAsync(request, durableClient);
}
