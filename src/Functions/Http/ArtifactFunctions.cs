using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Run evidence: <c>/api/v1/runs/{run_id}/…</c> and <c>/api/v1/replays</c> (scopes <c>jobs:read</c>, <c>jobs:write</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class ArtifactFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/runs/{run_id}/artifacts</c>.</summary>
    [Function(nameof(ListRunArtifacts))]
    public Task ListRunArtifacts([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/runs/{run_id}/artifacts")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/runs/{run_id}/artifacts/{name}</c>.</summary>
    [Function(nameof(GetRunArtifact))]
    public Task GetRunArtifact([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/runs/{run_id}/artifacts/{name}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/runs/{run_id}/manifest</c>.</summary>
    [Function(nameof(GetRunManifest))]
    public Task GetRunManifest([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/runs/{run_id}/manifest")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/runs/{run_id}/replay</c>.</summary>
    [Function(nameof(GetRunReplayBundle))]
    public Task GetRunReplayBundle([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/runs/{run_id}/replay")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/runs/{run_id}/replay</c>.</summary>
    [Function(nameof(ReplayRun))]
    public Task ReplayRun([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/runs/{run_id}/replay")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/replays</c>.</summary>
    [Function(nameof(ReplayBundle))]
    public Task ReplayBundle([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/replays")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
