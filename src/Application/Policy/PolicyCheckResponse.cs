namespace JobForge.Application.Policy;

/// <summary>The 200 body of <c>POST /api/v1/policy-tokens/validate</c>.</summary>
/// <param name="Allowed">Whether the token allows the check.</param>
/// <param name="Reason">The deny reason, if denied.</param>
/// <param name="Detail">What differed, if denied.</param>
/// <param name="Claims">The claims, only when the signature verified.</param>
public sealed record PolicyCheckResponse(bool Allowed, string? Reason, string? Detail, PolicyTokenClaimsView? Claims);
