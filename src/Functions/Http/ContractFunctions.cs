using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Job contracts: <c>PUT /api/v1/templates/{key}</c> and its GitHub workflow export.
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class ContractFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>PUT /api/v1/templates/{key}</c>.</summary>
    [Function(nameof(RegisterTemplate))]
    public Task RegisterTemplate([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "v1/templates/{key}")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>GET /api/v1/templates/{key}/github-workflow</c>.</summary>
    [Function(nameof(ExportTemplateGitHubWorkflow))]
    public Task ExportTemplateGitHubWorkflow([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/templates/{key}/github-workflow")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
