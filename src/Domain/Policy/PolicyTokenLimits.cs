namespace JobForge.Domain.Policy;

/// <summary>The bounds a policy token is checked against before any other work.</summary>
public static class PolicyTokenLimits
{
    /// <summary>The longest token accepted (8 KiB of characters).</summary>
    public const int MaxTokenLength = 8 * 1024;

    /// <summary>The longest string claim (<c>act</c>, <c>aud</c>, <c>res</c>, each scope).</summary>
    public const int MaxClaimLength = 256;

    /// <summary>The most scopes a token may carry.</summary>
    public const int MaxScopes = 64;

    /// <summary>The largest <c>ctx</c> object, as JSON text.</summary>
    public const int MaxContextLength = 2048;

    /// <summary>The JSON nesting allowed in the claims (the <c>ctx</c> object included).</summary>
    public const int MaxDepth = 8;

    /// <summary>The clock skew allowed on <c>exp</c> and <c>iat</c>.</summary>
    public static TimeSpan ClockSkew { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest lifetime a token is minted with.</summary>
    public static TimeSpan MaxLifetime { get; } = TimeSpan.FromHours(24);

    /// <summary>The only token format version.</summary>
    public const string Version = "1";
}
