namespace JobForge.Application.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/api/v1/openapi/v1.json</c>: every route with its request, response and error-envelope
/// shapes (from each route's <c>Produces</c> metadata, completed by <see cref="OpenApiOperationShapes"/> for bodies the
/// handlers read themselves), the <c>bearer</c> security scheme and request examples. Like every route but
/// <c>/api/health</c>, it needs an API key. In Development an interactive reference (Scalar) is served at
/// <c>/api/v1/docs</c>.
/// </summary>
public static class OpenApiExtensions
{
    /// <summary>The document's route.</summary>
    public const string DocumentRoute = "/api/v1/openapi/{documentName}.json";

    /// <summary>The one document the API has.</summary>
    public const string DocumentName = "v1";

    /// <summary>Registers the document generator.</summary>
    public static IServiceCollection AddJobForgeOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "JobForge API";
                document.Info.Description = "Events, jobs, templates, triggers and policy tokens. Authenticate with 'Authorization: Bearer <api key>'. Every 4xx/5xx body is the error envelope {\"error\": {type, message, details, timestamp, trace_id}}.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<OpenApiSecurityTransformer>();
            options.AddOperationTransformer<OpenApiShapeTransformer>();
        });
}
