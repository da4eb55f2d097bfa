namespace JobForge.DevModules;

/// <summary>
/// The development module host's settings (section <c>DevModules</c>): the secret every module verifies requests with
/// (the same value as JobForge's <c>JobForge:Modules:{module}:SigningSecret</c>) and how far a request's timestamp may
/// stray from the host's clock.
/// </summary>
public sealed class DevModuleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DevModules";

    /// <summary>The HMAC secret of <c>X-JobForge-Signature</c> (at least 16 characters).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The largest accepted difference between <c>X-JobForge-Timestamp</c> and now (default 5 minutes).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
