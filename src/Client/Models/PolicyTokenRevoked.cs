namespace JobForge.Client.Models;

/// <summary>A revoked policy token.</summary>
public sealed record PolicyTokenRevoked
{
    /// <summary>The token id.</summary>
    public string Jti { get; init; } = string.Empty;

    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset RevokedAt { get; init; }

    /// <summary>When it would have expired.</summary>
    public DateTimeOffset ExpiresAt { get; init; }
}
