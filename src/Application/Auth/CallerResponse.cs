using System.Text.Json.Serialization;

namespace JobForge.Application.Auth;

/// <summary>The body of <c>GET /api/v1/me</c>: who the API key is, never its secret.</summary>
/// <param name="KeyId">The key's public id (<c>bootstrap</c> for the configured operator key).</param>
/// <param name="TenantId">The one tenant the key acts for; null when it covers every tenant.</param>
/// <param name="AllTenants">Whether the key covers every tenant (then per-tenant routes need <c>?tenant_id=</c>).</param>
/// <param name="Scopes">The scopes as granted (exact, <c>resource:*</c> or <c>*</c>).</param>
public sealed record CallerResponse(
    string KeyId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? TenantId,
    bool AllTenants, IReadOnlyList<string> Scopes);
