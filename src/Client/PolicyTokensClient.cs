using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Policy tokens: mint (scope <c>policy:issue</c>), validate, revoke. Tokens are secrets: the client never logs them.</summary>
public sealed class PolicyTokensClient
{
    private readonly JobForgeHttp _http;

    internal PolicyTokensClient(JobForgeHttp http) => _http = http;

    /// <summary>Mints a token allowing <paramref name="actorId"/> the <paramref name="action"/> with <paramref name="scopes"/>.</summary>
    public Task<PolicyTokenIssued> MintAsync(
        string tenantId, string actorId, string action, IEnumerable<string> scopes, string? projectId = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["tenant_id"] = tenantId, ["actor_id"] = actorId, ["action"] = action,
            ["scopes"] = new JsonArray(scopes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        };
        if (projectId is not null)
        {
            body["project_id"] = projectId;
        }

        return _http.SendAsync(HttpMethod.Post, "api/v1/policy-tokens", body, JobForgeJsonContext.Default.PolicyTokenIssued, cancellationToken);
    }

    /// <summary>Whether <paramref name="token"/> allows <paramref name="action"/> for the tenant (and actor, project, scopes when given).</summary>
    public Task<PolicyCheck> ValidateAsync(
        string token, string action, string tenantId, string? actorId = null, string? projectId = null, IEnumerable<string>? scopes = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["token"] = token, ["action"] = action, ["tenant_id"] = tenantId };
        if (actorId is not null)
        {
            body["actor_id"] = actorId;
        }

        if (projectId is not null)
        {
            body["project_id"] = projectId;
        }

        if (scopes is not null)
        {
            body["scopes"] = new JsonArray(scopes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        }

        return _http.SendAsync(HttpMethod.Post, "api/v1/policy-tokens/validate", body, JobForgeJsonContext.Default.PolicyCheck, cancellationToken);
    }

    /// <summary>Revokes the token <paramref name="jti"/>.</summary>
    public Task<PolicyTokenRevoked> RevokeAsync(string jti, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, $"api/v1/policy-tokens/{JobForgeHttp.Segment(jti)}/revoke" + JobForgeHttp.Query(("tenant_id", tenantId)), new JsonObject(),
            JobForgeJsonContext.Default.PolicyTokenRevoked, cancellationToken);
}
