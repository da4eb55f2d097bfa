namespace JobForge.Server.Auth;

/// <summary>API key authentication settings, bound from <c>JobForge:Auth</c> and validated at start-up.</summary>
public sealed class ApiKeyAuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Auth";

    /// <summary>The shortest bootstrap key accepted.</summary>
    public const int MinBootstrapKeyLength = 32;

    /// <summary>The longest bootstrap key (and the longest bearer token read at all).</summary>
    public const int MaxTokenLength = 512;

    /// <summary>The key id a request authenticated with the bootstrap key carries.</summary>
    public const string BootstrapKeyId = "bootstrap";

    /// <summary>
    /// An operator key from configuration: at least 32 characters; it authenticates as an all-tenant caller with scope
    /// <c>*</c> and key id <c>bootstrap</c>. Unset (or empty) means none. Key <c>JobForge:Auth:BootstrapKey</c>
    /// (environment <c>JobForge__Auth__BootstrapKey</c>); keep it in a secret store, use it to create real keys.
    /// </summary>
    public string? BootstrapKey { get; set; }

    /// <summary>
    /// How long a server keeps a key it read from storage before reading it again: the longest a revoked key keeps
    /// working on another server. Unknown keys are never cached. 0 disables the cache; at most 00:05:00.
    /// Key <c>JobForge:Auth:KeyCacheDuration</c>, default <c>00:00:05</c>.
    /// </summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most keys cached per server (1–1,000,000). Key <c>JobForge:Auth:KeyCacheSize</c>, default 10,000.</summary>
    public int KeyCacheSize { get; set; } = 10_000;
}
