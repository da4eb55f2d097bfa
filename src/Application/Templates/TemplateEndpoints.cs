using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Templates;

/// <summary>
/// <c>GET /api/v1/templates</c> and <c>GET /api/v1/templates/{key}</c> (scope <c>jobs:read</c> or <c>templates:admin</c>),
/// <c>POST /api/v1/templates/{key}/enable</c> and <c>/disable</c> (scope <c>templates:admin</c>). Every route takes
/// <c>tenant_id</c> as a query parameter, defaulting to a tenant-scoped key's tenant. Handlers are host-neutral statics.
/// </summary>
public static partial class TemplateEndpoints
{
    /// <summary>Maps the template routes.</summary>
    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder routes)
    {
        var templates = routes.MapGroup("/api/v1/templates").WithTags("Templates");
        templates.MapGet("", ListAsync).WithName("ListTemplates").RequireAnyScope("jobs:read", "templates:admin")
            .Produces<TemplateListResponse>()
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status401Unauthorized)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden);
        templates.MapGet("/{key}", GetAsync).WithName("GetTemplate").RequireAnyScope("jobs:read", "templates:admin")
            .Produces<object>()
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden)
            .Produces<ErrorEnvelope>(StatusCodes.Status404NotFound);
        templates.MapPost("/{key}/enable", EnableAsync).WithName("EnableTemplate").RequireScope("templates:admin")
            .Produces<TemplateSwitchResponse>()
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden)
            .Produces<ErrorEnvelope>(StatusCodes.Status404NotFound)
            .Produces<ErrorEnvelope>(StatusCodes.Status409Conflict);
        templates.MapPost("/{key}/disable", DisableAsync).WithName("DisableTemplate").RequireScope("templates:admin")
            .Produces<TemplateSwitchResponse>()
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden)
            .Produces<ErrorEnvelope>(StatusCodes.Status404NotFound);
        return routes;
    }
}
