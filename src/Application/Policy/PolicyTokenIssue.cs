namespace JobForge.Application.Policy;

/// <summary>A validated <c>POST /api/v1/policy-tokens</c> body.</summary>
/// <param name="TenantId">The tenant (<c>tenant_id</c>).</param>
/// <param name="ProjectId">The project, if any (<c>project_id</c>).</param>
/// <param name="ActorId">The actor (<c>actor_id</c>).</param>
/// <param name="Action">The action (<c>action</c>), the token's <c>aud</c>.</param>
/// <param name="Scopes">The scopes (<c>scopes</c>).</param>
/// <param name="ExpiresInHours">The lifetime in hours, or null for <c>JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS</c>.</param>
/// <param name="Resource">The resource, if any.</param>
/// <param name="Context">A small context object, if any.</param>
public sealed record PolicyTokenIssue(
    string TenantId,
    string? ProjectId,
    string ActorId,
    string Action,
    IReadOnlyList<string> Scopes,
    int? ExpiresInHours,
    string? Resource,
    System.Text.Json.JsonElement? Context);
