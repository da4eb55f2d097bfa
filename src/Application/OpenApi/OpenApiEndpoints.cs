extern alias ScalarUi;

using JobForge.Application.Auth;
using ScalarUi::Scalar.AspNetCore;

namespace JobForge.Application.OpenApi;

/// <summary>
/// Maps the OpenAPI document (any API key) and, in the Development environment only, the interactive reference at
/// <c>/docs</c> (Scalar) over an anonymous copy of the document at <c>/docs/openapi/v1.json</c>: outside
/// <c>/api/v1</c>, so a browser can open it without a key; try-it requests still need one (the <c>bearer</c> scheme).
/// </summary>
public static class OpenApiEndpoints
{
    /// <summary>Where the interactive reference is served in Development.</summary>
    public const string ReferencePrefix = "/docs";

    /// <summary>The anonymous document route the reference reads (Development only).</summary>
    public const string ReferenceDocumentRoute = ReferencePrefix + "/openapi/{documentName}.json";

    /// <summary>Maps the document, and the reference in Development.</summary>
    public static WebApplication MapJobForgeOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(OpenApiExtensions.DocumentRoute).RequireAuthenticatedCaller()
            .AddEndpointFilter(new OpenApiDocumentNameFilter(OpenApiExtensions.DocumentName));
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi(ReferenceDocumentRoute).AddEndpointFilter(new OpenApiDocumentNameFilter(OpenApiExtensions.DocumentName));
            app.MapScalarApiReference(ReferencePrefix, options => options
                .WithTitle("JobForge API")
                .WithOpenApiRoutePattern(ReferenceDocumentRoute));
        }

        return app;
    }
}
