namespace JobForge.Domain.Auth;

/// <summary>
/// One stored API key. The secret itself is never stored or kept: only <see cref="SecretHash"/>, the lowercase hex
/// SHA-256 of the secret part of the key (see <see cref="ApiKeyToken"/>).
/// </summary>
/// <param name="KeyId">The public key id (<see cref="ApiKeyToken.KeyIdLength"/> lowercase hex characters); the storage key.</param>
/// <param name="Name">A label for people, 1–100 printable characters.</param>
/// <param name="TenantId">The one tenant the key acts for; null for an operator key covering every tenant (<c>"*"</c> on the API).</param>
/// <param name="Scopes">The granted scopes, each valid under <see cref="ApiKeyScopes.IsValid"/>.</param>
/// <param name="SecretHash">The lowercase hex SHA-256 of the key's secret part.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="RevokedAt">When the key was revoked; null while it is usable.</param>
public sealed record ApiKeyRecord(
    string KeyId,
    string Name,
    string? TenantId,
    IReadOnlyList<string> Scopes,
    string SecretHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null)
{
    /// <summary>The API's spelling of "every tenant" (<see cref="TenantId"/> null).</summary>
    public const string AllTenants = "*";

    /// <summary>Whether the key has been revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The tenant as the API shows it: the id, or <see cref="AllTenants"/>.</summary>
    public string TenantText => TenantId ?? AllTenants;

    /// <summary>The caller this key authenticates as.</summary>
    public Caller ToCaller() => new(KeyId, TenantId, Scopes);
}
