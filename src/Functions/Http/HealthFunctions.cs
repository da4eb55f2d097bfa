using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Health: <c>GET /api/health</c>: anonymous; storage health.
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class HealthFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/health</c>.</summary>
    [Function(nameof(GetHealth))]
    public Task GetHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
