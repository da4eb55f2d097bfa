namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// Egress rules and signing for <c>http</c> and <c>autopilot.module</c> steps (<c>JobForge:Steps:Http</c>).
/// The defaults refuse everything: list the hosts steps may call.
/// </summary>
public sealed class HttpStepOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Steps:Http";

    /// <summary>
    /// The hosts steps may call: exact names (<c>api.example.com</c>, <c>10.1.2.3</c>) or one-level-or-deeper wildcards
    /// (<c>*.example.com</c>, which does not match <c>example.com</c> itself). Empty refuses every host.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>
    /// Whether loopback, private (RFC 1918, CGNAT, unique-local), link-local and other non-public addresses may be
    /// called. Off by default; checked on the resolved addresses, so a public name pointing inward is refused too.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The largest response body read, in bytes (default 1 MiB); a larger one fails the step.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>How many redirects are followed (default 3), each re-checked against these rules.</summary>
    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// The HMAC-SHA256 key that signs <c>http</c> requests (<c>X-JobForge-Signature</c>); never logged or returned.
    /// Module calls use <c>JobForge:Modules:{module}:SigningSecret</c> instead. An <c>http</c> step fails with
    /// <c>not_configured</c> while it is unset.
    /// </summary>
    public string? SigningSecret { get; set; }
}
