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

    /// <summary>The document route's endpoint name (the Functions app's function name for it).</summary>
    public const string DocumentEndpointName = "GetOpenApiDocument";

    /// <summary>Maps the document, and the reference in Development (self-hosted server only).</summary>
    public static WebApplication MapJobForgeOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapJobForgeOpenApiDocument();
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi(ReferenceDocumentRoute).AddEndpointFilter(new OpenApiDocumentNameFilter(OpenApiExtensions.DocumentName));
            app.MapScalarApiReference(ReferencePrefix, options => options
                .WithTitle("JobForge API")
                .WithOpenApiRoutePattern(ReferenceDocumentRoute));
        }

        return app;
    }

    /// <summary>Maps the document alone (any API key): what both hosts serve.</summary>
    public static IEndpointRouteBuilder MapJobForgeOpenApiDocument(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapOpenApi(OpenApiExtensions.DocumentRoute).WithName(DocumentEndpointName).RequireAuthenticatedCaller()
            .AddEndpointFilter(new OpenApiDocumentNameFilter(OpenApiExtensions.DocumentName));
        return routes;
    }
}
