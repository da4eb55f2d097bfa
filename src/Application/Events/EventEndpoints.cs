using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Events;

/// <summary>
/// <c>POST /api/v1/events</c> (scope <c>events:write</c>) and <c>GET /api/v1/events</c> (scope <c>events:read</c>).
/// Handlers are host-neutral static methods over <see cref="HttpContext"/>, so the Azure Functions binding calls them too.
/// </summary>
public static partial class EventEndpoints
{
    /// <summary>The largest event body accepted: 1 MiB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps the event routes.</summary>
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/events").WithTags("Events");
        events.MapPost("", IngestAsync)
            .WithName("IngestEvent")
            .RequireScope("events:write")
            .Accepts<object>("application/json")
            .Produces<EventReceiptResponse>(StatusCodes.Status202Accepted)
            .Produces<EventReceiptResponse>(StatusCodes.Status200OK)
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status401Unauthorized)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden)
            .Produces<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ErrorEnvelope>(StatusCodes.Status415UnsupportedMediaType)
            .Produces<ErrorEnvelope>(StatusCodes.Status429TooManyRequests)
            .Produces<ErrorEnvelope>(StatusCodes.Status503ServiceUnavailable);
        events.MapGet("", ListAsync)
            .WithName("ListEvents")
            .RequireScope("events:read")
            .Produces<EventListResponse>()
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status401Unauthorized)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden);
        return routes;
    }
}
