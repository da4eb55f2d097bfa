namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The body of <c>POST /api/v1/policy-tokens/validate</c>.</summary>
public sealed class PolicyTokenValidateBody
{
    /// <summary>The token.</summary>
    public required string Token { get; init; }

    /// <summary>The action to check it against.</summary>
    public required string Action { get; init; }

    /// <summary>The tenant to check it against.</summary>
    public required string TenantId { get; init; }

    /// <summary>The actor to check it against.</summary>
    public string? ActorId { get; init; }

    /// <summary>The project to check it against.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Scopes the token must carry.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }
}
