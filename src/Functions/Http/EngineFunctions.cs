using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// The run engine's counters: <c>GET /api/v1/engine</c> (scope <c>admin</c>). On Functions runs are Durable
/// orchestrations, not the self-hosted engine, so it answers <c>enabled: false</c> with zeros. Runs the server's
/// endpoint of the same name (<see cref="ApiEndpointTable"/>).
/// </summary>
public sealed class EngineFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/engine</c>.</summary>
    [Function(nameof(GetEngineStatus))]
    public Task GetEngineStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/engine")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
