using JobForge.Domain.Errors;
using JobForge.Application.Errors;
using JobForge.Storage.Health;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobForge.Application.Health;

/// <summary><c>GET /api/health</c>: anonymous; 200 when tables, blobs and queues answer, 503 naming what does not.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health route.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", GetHealthAsync)
            .WithName("GetHealth")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable)
            .AllowAnonymous();
        return routes;
    }

    /// <summary>Probes storage and reports each service; host-neutral so the Functions binding can call it.</summary>
    public static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> GetHealthAsync(
        StorageHealthProbe probe, HttpContext context, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var report = await probe.CheckAsync(cancellationToken);
        var checks = report.Services.ToDictionary(
            service => service.Name,
            service => new HealthCheck(service.IsUp ? "up" : "down", service.DurationMs, service.Reason));
        if (report.IsHealthy)
        {
            return TypedResults.Ok(new HealthResponse("healthy", checks, Error: null));
        }

        var unreachable = string.Join(", ", report.Unreachable);
        ApplicationLog.StorageUnhealthy(loggers.CreateLogger("JobForge.Application.Health"), unreachable);
        var error = ErrorResults.Create(context, ErrorType.DependencyUnavailable, $"Storage unreachable: {unreachable}.").Error;
        context.Response.Headers.RetryAfter = StorageOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Json(new HealthResponse("unhealthy", checks, error), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
