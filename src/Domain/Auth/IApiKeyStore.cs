namespace JobForge.Domain.Auth;

/// <summary>
/// Where API keys live. Keys are few and read by id on every (uncached) request, so the id is the storage key and a
/// lookup is one point read. Implementations never see a secret, only <see cref="ApiKeyRecord.SecretHash"/>.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key.</summary>
    /// <returns>False when a key with the same <see cref="ApiKeyRecord.KeyId"/> exists (nothing changed; pick another id).</returns>
    /// <exception cref="ArgumentException">The key id is not in the <see cref="ApiKeyToken"/> format.</exception>
    Task<bool> CreateAsync(ApiKeyRecord record, CancellationToken cancellationToken = default);

    /// <summary>The key with id <paramref name="keyId"/>, revoked or not; null when there is none (or the id is malformed).</summary>
    Task<ApiKeyRecord?> GetAsync(string keyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keys ordered by id. <paramref name="tenantId"/> null lists every key; <see cref="ApiKeyRecord.AllTenants"/> lists the
    /// all-tenant (operator) keys; any other value lists that tenant's keys only.
    /// </summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string? tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes the key at <paramref name="at"/>. Revoking a revoked key changes nothing and returns it with its first
    /// revocation time.
    /// </summary>
    /// <returns>The revoked key, or null when there is no such key.</returns>
    Task<ApiKeyRecord?> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
