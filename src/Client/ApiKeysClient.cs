using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>API keys (scope <c>admin</c>): create, list, read, revoke, delete.</summary>
public sealed class ApiKeysClient
{
    private readonly JobForgeHttp _http;

    internal ApiKeysClient(JobForgeHttp http) => _http = http;

    /// <summary>Creates a key for <paramref name="tenantId"/> (or <c>*</c>); the secret is in the answer only.</summary>
    public Task<ApiKeyCreated> CreateAsync(string name, string tenantId, IEnumerable<string> scopes, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, "api/v1/api-keys", new JsonObject
        {
            ["name"] = name, ["tenant_id"] = tenantId, ["scopes"] = new JsonArray(scopes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        }, JobForgeJsonContext.Default.ApiKeyCreated, cancellationToken);

    /// <summary>The keys (without secrets).</summary>
    public Task<ApiKeyList> ListAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/api-keys", null, JobForgeJsonContext.Default.ApiKeyList, cancellationToken);

    /// <summary>The key <paramref name="keyId"/>.</summary>
    public Task<ApiKey> GetAsync(string keyId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/api-keys/" + JobForgeHttp.Segment(keyId), null, JobForgeJsonContext.Default.ApiKey, cancellationToken);

    /// <summary>Revokes the key (<c>POST …/revoke</c>).</summary>
    public Task<ApiKey> RevokeAsync(string keyId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, $"api/v1/api-keys/{JobForgeHttp.Segment(keyId)}/revoke", null, JobForgeJsonContext.Default.ApiKey, cancellationToken);

    /// <summary>Revokes the key (<c>DELETE</c>).</summary>
    public Task<ApiKey> DeleteAsync(string keyId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Delete, "api/v1/api-keys/" + JobForgeHttp.Segment(keyId), null, JobForgeJsonContext.Default.ApiKey, cancellationToken);
}
