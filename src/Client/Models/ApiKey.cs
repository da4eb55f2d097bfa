namespace JobForge.Client.Models;

/// <summary>An API key (without its secret).</summary>
public sealed record ApiKey
{
    /// <summary>The key id.</summary>
    public string KeyId { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The tenant (or *).</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The scopes.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether it is revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
