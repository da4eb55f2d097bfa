using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Health;

/// <summary>Placeholder until the HTTP functions land: proves the worker builds and its metadata is generated.</summary>
public static class HealthFunctions
{
    /// <summary><c>GET /api/health</c>.</summary>
    [Function("Health")]
    public static IActionResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new OkResult();
}
