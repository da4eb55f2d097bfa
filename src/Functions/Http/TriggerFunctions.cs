using Microsoft.DurableTask.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Triggers: <c>/api/v1/triggers</c> (scope <c>triggers:admin</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class TriggerFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>POST /api/v1/triggers</c>.</summary>
    [Function(nameof(CreateTrigger))]
    public Task CreateTrigger([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/triggers")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/triggers</c>.</summary>
    [Function(nameof(ListTriggers))]
    public Task ListTriggers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/triggers")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/triggers/{id}</c>.</summary>
    [Function(nameof(GetTrigger))]
    public Task GetTrigger([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/triggers/{id}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>PATCH /api/v1/triggers/{id}</c>.</summary>
    [Function(nameof(UpdateTrigger))]
    public Task UpdateTrigger([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "v1/triggers/{id}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>DELETE /api/v1/triggers/{id}</c>.</summary>
    [Function(nameof(DeleteTrigger))]
    public Task DeleteTrigger([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "v1/triggers/{id}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/triggers/{id}/decisions</c>.</summary>
    [Function(nameof(ListTriggerDecisions))]
    public Task ListTriggerDecisions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/triggers/{id}/decisions")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/triggers/{id}/test</c>.</summary>
    [Function(nameof(TestTrigger))]
    public Task TestTrigger([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/triggers/{id}/test")] HttpRequest request, [DurableClient] DurableTaskClient? durableClient) =>
        endpoints.InvokeAsync(request, durableClient);
}
