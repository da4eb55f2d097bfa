namespace JobForge.Application.Templates;

/// <summary>
/// The autopilot module endpoints, read live from configuration: <c>JobForge:Modules:{ops|support|growth|finops}:BaseUrl</c>
/// (an absolute http or https URL) and <c>JobForge:Modules:{module}:SigningSecret</c>. A template whose module is not
/// configured cannot be enabled. The secret is only checked for presence, never returned or logged.
/// </summary>
public sealed class TemplateModuleSettings
{
    /// <summary>The configuration section of the modules.</summary>
    public const string SectionName = "JobForge:Modules";

    private readonly IConfiguration _configuration;

    /// <summary>Settings over <paramref name="configuration"/> (reloads are seen at once).</summary>
    public TemplateModuleSettings(IConfiguration configuration) =>
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));

    /// <summary>The first setting <paramref name="module"/> lacks (its full key), or null when it is configured.</summary>
    public string? MissingSetting(string module)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        var baseUrlKey = $"{SectionName}:{module}:BaseUrl";
        var baseUrl = _configuration[baseUrlKey];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return baseUrlKey;
        }

        var secretKey = $"{SectionName}:{module}:SigningSecret";
        return string.IsNullOrWhiteSpace(_configuration[secretKey]) ? secretKey : null;
    }
}
