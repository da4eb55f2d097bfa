using JobForge.Application.Auth;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>
/// <c>GET /api/v1/engine</c> (scope <c>admin</c>): the answering server's run engine — queue depth, in-flight runs and
/// concurrency — for the dashboard's health page. Numbers of one instance, across tenants, hence operators only. A host
/// without the self-hosted engine answers <c>enabled: false</c> with zeros.
/// </summary>
public static class EngineEndpoints
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapEngineEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/engine", GetStatus).WithName("GetEngineStatus").WithTags("Runs")
            .RequireScope("admin")
            .Produces<EngineStatusResponse>();
        return routes;
    }

    /// <summary>The engine's counters now.</summary>
    public static IResult GetStatus(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.RequestServices.GetService<IOptions<RunEngineOptions>>()?.Value;
        var engine = context.RequestServices.GetService<RunEngine>();
        return engine is null || options is null
            ? TypedResults.Ok(new EngineStatusResponse(false, 0, 0, 0))
            : TypedResults.Ok(new EngineStatusResponse(options.Enabled, engine.QueuedCount, engine.InFlightCount, options.MaxConcurrency));
    }
}
