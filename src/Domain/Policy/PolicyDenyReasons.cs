namespace JobForge.Domain.Policy;

/// <summary>The stable reasons a policy check is denied (the <c>reason</c> of a <see cref="PolicyDecision"/>).</summary>
public static class PolicyDenyReasons
{
    /// <summary>Not <c>&lt;payload&gt;.&lt;signature&gt;</c> in base64url, or longer than <see cref="PolicyTokenLimits.MaxTokenLength"/>.</summary>
    public const string InvalidFormat = "invalid_format";

    /// <summary>The signature verified but the claims are not valid JSON, miss a claim or break a limit.</summary>
    public const string InvalidPayload = "invalid_payload";

    /// <summary><c>exp</c> is more than the clock skew in the past.</summary>
    public const string Expired = "expired";

    /// <summary><c>iat</c> is more than the clock skew in the future.</summary>
    public const string IssuedInFuture = "issued_in_future";

    /// <summary>No configured secret produced the signature.</summary>
    public const string InvalidSignature = "invalid_signature";

    /// <summary>The token's <c>aud</c> is another action.</summary>
    public const string ActionMismatch = "action_mismatch";

    /// <summary>The token's <c>tid</c> is another tenant.</summary>
    public const string TenantMismatch = "tenant_mismatch";

    /// <summary>The token's <c>pid</c> is another (or no) project.</summary>
    public const string ProjectMismatch = "project_mismatch";

    /// <summary>The token's <c>act</c> is another actor.</summary>
    public const string ActorMismatch = "actor_mismatch";

    /// <summary>The token's <c>scp</c> do not cover every required scope.</summary>
    public const string MissingScopes = "missing_scopes";

    /// <summary>The token's <c>jti</c> was revoked.</summary>
    public const string Revoked = "revoked";
}
