using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JobForge.Application.OpenApi;

/// <summary>
/// Declares the <c>bearer</c> security scheme (an API key as <c>Authorization: Bearer &lt;key&gt;</c>), requires it
/// for the whole document, and lifts it for the anonymous <c>GET /api/health</c>.
/// </summary>
internal sealed class OpenApiSecurityTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A JobForge API key: 'Authorization: Bearer <api key>'. Create keys with POST /api/v1/api-keys (scripts/run-local sets a development operator key).",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        foreach (var (path, item) in document.Paths)
        {
            if (path == "/api/health" && item.Operations is { } operations)
            {
                foreach (var operation in operations.Values)
                {
                    operation.Security = [];
                }
            }
        }

        return Task.CompletedTask;
    }
}
