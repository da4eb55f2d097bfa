using JobForge.Domain.Auth;

namespace JobForge.Application.Auth;

/// <summary>An API key as the API shows it: never the secret, never its hash.</summary>
/// <param name="KeyId">The public key id.</param>
/// <param name="Name">The label.</param>
/// <param name="TenantId">The tenant, or <c>*</c> for every tenant.</param>
/// <param name="Scopes">The granted scopes.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Revoked">Whether it is revoked.</param>
/// <param name="RevokedAt">When it was revoked (omitted while active).</param>
public sealed record ApiKeyView(
    string KeyId, string Name, string TenantId, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, bool Revoked, DateTimeOffset? RevokedAt)
{
    /// <summary>The view of <paramref name="record"/>.</summary>
    public static ApiKeyView From(ApiKeyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.KeyId, record.Name, record.TenantText, record.Scopes, record.CreatedAt, record.IsRevoked, record.RevokedAt);
    }
}
