using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// The audit trail: <c>GET /api/v1/audit</c> (scope <c>audit:read</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class AuditFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>GET /api/v1/audit</c>.</summary>
    [Function(nameof(ListAuditRecords))]
    public Task ListAuditRecords([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/audit")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
