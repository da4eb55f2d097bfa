namespace JobForge.Application.Policy;

/// <summary>The 201 body of <c>POST /api/v1/policy-tokens</c>.</summary>
/// <param name="Token">The token; shown once, never stored or logged.</param>
/// <param name="Jti">The token id (for revocation).</param>
/// <param name="ExpiresAt">When it expires.</param>
/// <param name="Claims">Its claims.</param>
public sealed record PolicyTokenIssuedResponse(string Token, string Jti, DateTimeOffset ExpiresAt, PolicyTokenClaimsView Claims);
