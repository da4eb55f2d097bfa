using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Contracts;

/// <summary>
/// YAML/JSON job contracts: <c>PUT /api/v1/templates/{key}</c> registers a new template version (scope
/// <c>templates:admin</c>, an all-tenant key: the catalog is shared by every tenant) and
/// <c>GET /api/v1/templates/{key}/github-workflow</c> renders a template as a GitHub Actions workflow (scope
/// <c>jobs:read</c> or <c>templates:admin</c>, with <c>tenant_id</c> and <c>version</c> like the other GET routes).
/// </summary>
public static partial class ContractEndpoints
{
    /// <summary>The largest contract body, in bytes (256 KiB).</summary>
    public const long MaxContractBytes = 256 * 1024;

    /// <summary>Maps the contract routes.</summary>
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder routes)
    {
        var templates = routes.MapGroup("/api/v1/templates").WithTags("Templates");
        templates.MapPut("/{key}", RegisterAsync).WithName("RegisterTemplate").RequireScope("templates:admin")
            .Produces<ContractRegistrationResponse>(StatusCodes.Status201Created)
            .Produces<ContractRegistrationResponse>()
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden)
            .Produces<ErrorEnvelope>(StatusCodes.Status409Conflict)
            .Produces<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ErrorEnvelope>(StatusCodes.Status415UnsupportedMediaType);
        templates.MapGet("/{key}/github-workflow", ExportAsync).WithName("ExportTemplateGitHubWorkflow")
            .RequireAnyScope("jobs:read", "templates:admin")
            .Produces<string>(StatusCodes.Status200OK, "text/yaml")
            .Produces<ErrorEnvelope>(StatusCodes.Status400BadRequest)
            .Produces<ErrorEnvelope>(StatusCodes.Status403Forbidden)
            .Produces<ErrorEnvelope>(StatusCodes.Status404NotFound);
        return routes;
    }
}
