namespace JobForge.Client.Models;

/// <summary>A minted policy token.</summary>
public sealed record PolicyTokenIssued
{
    /// <summary>The token; a secret for its holder.</summary>
    public string Token { get; init; } = string.Empty;

    /// <summary>The token id.</summary>
    public string Jti { get; init; } = string.Empty;

    /// <summary>When it expires.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Its claims.</summary>
    public PolicyTokenClaims? Claims { get; init; }
}
