namespace JobForge.Application.Auth;

/// <summary>The stable reasons of an <c>authentication_failed</c> audit record.</summary>
public static class AuthenticationFailureReasons
{
    /// <summary>No <c>Authorization</c> header.</summary>
    public const string MissingKey = "missing_key";

    /// <summary>Not <c>Bearer</c>, several headers, or a token that is neither the bootstrap key nor <c>jf_&lt;id&gt;_&lt;secret&gt;</c>.</summary>
    public const string MalformedKey = "malformed_key";

    /// <summary>No key with that id, or the secret does not match (not told apart, so ids cannot be probed).</summary>
    public const string UnknownKey = "unknown_key";

    /// <summary>The key was revoked.</summary>
    public const string RevokedKey = "revoked_key";
}
