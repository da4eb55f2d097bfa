using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// API keys: <c>/api/v1/api-keys</c> (scope <c>admin</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class ApiKeyFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>POST /api/v1/api-keys</c>.</summary>
    [Function(nameof(CreateApiKey))]
    public Task CreateApiKey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/api-keys")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/api-keys</c>.</summary>
    [Function(nameof(ListApiKeys))]
    public Task ListApiKeys([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/api-keys")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/api-keys/{key_id}</c>.</summary>
    [Function(nameof(GetApiKey))]
    public Task GetApiKey([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/api-keys/{key_id}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/api-keys/{key_id}/revoke</c>.</summary>
    [Function(nameof(RevokeApiKey))]
    public Task RevokeApiKey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/api-keys/{key_id}/revoke")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>DELETE /api/v1/api-keys/{key_id}</c>.</summary>
    [Function(nameof(DeleteApiKey))]
    public Task DeleteApiKey([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "v1/api-keys/{key_id}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
