using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Events: <c>/api/v1/events</c> (scopes <c>events:write</c>, <c>events:read</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class EventFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>POST /api/v1/events</c>.</summary>
    [Function(nameof(IngestEvent))]
    public Task IngestEvent([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/events")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/events</c>.</summary>
    [Function(nameof(ListEvents))]
    public Task ListEvents([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/events")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
