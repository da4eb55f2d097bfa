namespace JobForge.Domain.Policy;

/// <summary>What a token must allow: an action, for a tenant (and project and actor when given), with scopes.</summary>
/// <param name="Action">The action, compared with the token's <c>aud</c> (ordinal).</param>
/// <param name="TenantId">The tenant, compared with <c>tid</c>.</param>
/// <param name="ProjectId">The project, if any. A token with <c>pid</c> allows only that project (not a check without one);
/// a token without <c>pid</c> covers every project of its tenant.</param>
/// <param name="ActorId">The acting identity; the token's <c>act</c> must equal it (a check without one is denied,
/// since every token names its actor). Callers default it to the API key's identity when the request names none.</param>
/// <param name="RequiredScopes">Each must be covered by a token scope (exact, <c>resource:*</c> or <c>*</c>).</param>
public sealed record PolicyCheck(
    string Action,
    string TenantId,
    string? ProjectId,
    string? ActorId,
    IReadOnlyList<string> RequiredScopes);
