namespace JobForge.Application.Auth;

/// <summary>The answer to creating a key: the only time <see cref="ApiKey"/> is ever shown.</summary>
/// <param name="KeyId">The public key id.</param>
/// <param name="ApiKey">The full key, <c>jf_&lt;key_id&gt;_&lt;secret&gt;</c>; store it now, it cannot be shown again.</param>
/// <param name="Name">The label.</param>
/// <param name="TenantId">The tenant, or <c>*</c>.</param>
/// <param name="Scopes">The granted scopes.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ApiKeyCreatedView(string KeyId, string ApiKey, string Name, string TenantId, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt);
