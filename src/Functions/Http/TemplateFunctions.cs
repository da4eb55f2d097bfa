using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Templates: <c>/api/v1/templates</c> (scopes <c>jobs:read</c>, <c>templates:admin</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class TemplateFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/templates</c>.</summary>
    [Function(nameof(ListTemplates))]
    public Task ListTemplates([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/templates")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/templates/{key}</c>.</summary>
    [Function(nameof(GetTemplate))]
    public Task GetTemplate([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/templates/{key}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/templates/{key}/enable</c>.</summary>
    [Function(nameof(EnableTemplate))]
    public Task EnableTemplate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/templates/{key}/enable")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/templates/{key}/disable</c>.</summary>
    [Function(nameof(DisableTemplate))]
    public Task DisableTemplate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/templates/{key}/disable")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
