using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Feature flags: <c>GET /api/v1/flags</c> (scope <c>admin</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class FlagFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/flags</c>.</summary>
    [Function(nameof(GetFlags))]
    public Task GetFlags([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/flags")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
