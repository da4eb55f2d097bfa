using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Http;

/// <summary>
/// Policy tokens: <c>/api/v1/policy-tokens</c> (scopes <c>policy:issue</c>, <c>jobs:write</c>).
/// Each function runs the server's endpoint of the same name (<see cref="ApiEndpointTable"/>); anonymous at the
/// Functions level, the tenant API key is checked by the shared pipeline and the endpoint's scope filter.
/// </summary>
public sealed class PolicyTokenFunctions(ApiEndpointTable endpoints)
{
    /// <summary><c>POST /api/v1/policy-tokens</c>.</summary>
    [Function(nameof(IssuePolicyToken))]
    public Task IssuePolicyToken([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/policy-tokens")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/policy-tokens/validate</c>.</summary>
    [Function(nameof(ValidatePolicyToken))]
    public Task ValidatePolicyToken([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/policy-tokens/validate")] HttpRequest request) =>
        endpoints.InvokeAsync(request);

    /// <summary><c>POST /api/v1/policy-tokens/{jti}/revoke</c>.</summary>
    [Function(nameof(RevokePolicyToken))]
    public Task RevokePolicyToken([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/policy-tokens/{jti}/revoke")] HttpRequest request) =>
        endpoints.InvokeAsync(request);
}
