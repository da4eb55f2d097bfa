using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// The caller: <c>GET /api/v1/me</c> (any valid key). Runs the server's endpoint of the same name
/// (<see cref="ApiEndpointTable"/>); anonymous at the Functions level, the API key is checked by the shared pipeline.
/// </summary>
public sealed class CallerFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/me</c>.</summary>
    [Function(nameof(GetCaller))]
    public Task GetCaller([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/me")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
