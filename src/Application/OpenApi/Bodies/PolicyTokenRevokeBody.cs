namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The optional body of <c>POST /api/v1/policy-tokens/{jti}/revoke</c>: the token itself, for one minted elsewhere with a shared secret.</summary>
public sealed class PolicyTokenRevokeBody
{
    /// <summary>The token (its signature is checked and its <c>jti</c> must match the route).</summary>
    public string? Token { get; init; }
}
