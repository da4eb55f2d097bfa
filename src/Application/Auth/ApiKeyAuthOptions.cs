namespace JobForge.Application.Auth;

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

    /// <summary>
    /// How long a server remembers that a key id does not exist, so an unknown id answers as fast as a known one with a
    /// wrong secret (no timing oracle for which ids exist) and floods of made-up ids do not each cost a storage read.
    /// A key created on another server works here after at most this long if it was probed before. 0 disables; at most
    /// 00:05:00. Key <c>JobForge:Auth:NegativeCacheDuration</c>, default <c>00:00:05</c>.
    /// </summary>
    public TimeSpan NegativeCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Failed authentications (a key that is malformed, unknown, wrong or revoked) one client address may make per
    /// <see cref="FailedAttemptWindow"/> before all its API requests are refused with 429 <c>rate_limited</c> and
    /// <c>Retry-After</c> until the window ends. Key <c>JobForge:Auth:MaxFailedAttempts</c>, default 30 (1–100000).
    /// </summary>
    public int MaxFailedAttempts { get; set; } = 30;

    /// <summary>The window of <see cref="MaxFailedAttempts"/>. Key <c>JobForge:Auth:FailedAttemptWindow</c>, default <c>00:01:00</c> (1 s to 1 h).</summary>
    public TimeSpan FailedAttemptWindow { get; set; } = TimeSpan.FromMinutes(1);
}
