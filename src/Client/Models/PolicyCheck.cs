namespace JobForge.Client.Models;

/// <summary>The answer to a policy token validation.</summary>
public sealed record PolicyCheck
{
    /// <summary>Whether the token allows the action.</summary>
    public bool Allowed { get; init; }

    /// <summary>Why not, when denied.</summary>
    public string? Reason { get; init; }

    /// <summary>More detail.</summary>
    public string? Detail { get; init; }

    /// <summary>The claims, when readable.</summary>
    public PolicyTokenClaims? Claims { get; init; }
}
