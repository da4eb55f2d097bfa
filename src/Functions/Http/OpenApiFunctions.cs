using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// The OpenAPI document: <c>GET /api/v1/openapi/{documentName}.json</c> (any API key).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class OpenApiFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/openapi/{documentName}.json</c>.</summary>
    [Function(nameof(GetOpenApiDocument))]
    public Task GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/openapi/{documentName}.json")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
