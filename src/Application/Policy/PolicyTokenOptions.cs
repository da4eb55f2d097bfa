namespace JobForge.Application.Policy;

/// <summary>
/// Policy token settings, bound from <c>JobForge:Policy</c>. The secrets come from <c>JOBFORGE_POLICY_TOKEN_SECRET</c>
/// (comma-separated) followed by <c>JobForge:Policy:Secrets:0..n</c>: the first signs, all verify (see
/// <see cref="PolicyTokenSecrets"/>).
/// </summary>
public sealed class PolicyTokenOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Policy";

    /// <summary>The longest revocation cache allowed.</summary>
    public static TimeSpan MaxRevocationCacheDuration { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The secrets in order (filled from both sources at start-up; never logged or shown).</summary>
    public IList<string> Secrets { get; set; } = [];

    /// <summary>
    /// How long another server's "not revoked" answer is cached (<c>JobForge:Policy:RevocationCacheDuration</c>,
    /// 0 to 5 seconds, default 5). A revocation holds at once on the server that made it, and on every other server
    /// within this time.
    /// </summary>
    public TimeSpan RevocationCacheDuration { get; set; } = MaxRevocationCacheDuration;

    /// <summary>
    /// How often expired token rows are swept from the revocation table (<c>JobForge:Policy:RevocationSweepInterval</c>,
    /// 1 minute to 1 day, default 1 hour).
    /// </summary>
    public TimeSpan RevocationSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
