using System.Text.Json;

namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The body of <c>POST /api/v1/policy-tokens</c> (see docs/policy-tokens.md).</summary>
public sealed class PolicyTokenIssueBody
{
    /// <summary>The tenant the token is for.</summary>
    public required string TenantId { get; init; }

    /// <summary>The actor who may use it.</summary>
    public required string ActorId { get; init; }

    /// <summary>The action it allows, e.g. a template key such as <c>autopilot.ops.apply</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The scopes it carries, e.g. <c>ops:write</c>.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The project it is limited to, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Lifetime in hours (at most 24; default <c>JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS</c>).</summary>
    public int? ExpiresInHours { get; init; }

    /// <summary>The resource it is limited to, if any.</summary>
    public string? Resource { get; init; }

    /// <summary>Free context stored with the claims.</summary>
    public JsonElement? Context { get; init; }
}
