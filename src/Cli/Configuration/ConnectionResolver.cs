namespace JobForge.Cli.Configuration;

/// <summary>
/// Resolves each setting on its own, first match wins: the command-line option (<c>--url</c>, <c>--api-key</c>,
/// <c>--tenant</c>), then the environment (<c>JOBFORGE_URL</c>, <c>JOBFORGE_API_KEY</c>, <c>JOBFORGE_TENANT</c>), then the
/// profile named by <c>--profile</c>, <c>JOBFORGE_PROFILE</c> or <c>default</c>.
/// </summary>
internal sealed class ConnectionResolver(Func<string, string?> environment, ProfileStore profiles)
{
    public Connection Resolve(ApiSettings settings, bool requireApiKey)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var profileName = First(settings.Profile, environment("JOBFORGE_PROFILE")) ?? ProfileStore.DefaultName;
        var named = settings.Profile is not null || !string.IsNullOrWhiteSpace(environment("JOBFORGE_PROFILE"));
        var document = profiles.Load();
        if (!document.Profiles.TryGetValue(profileName, out var profile))
        {
            if (named)
            {
                throw new CliConfigurationException($"There is no profile '{profileName}' in '{profiles.FilePath}'. Create it with 'jobforge profile set {profileName} --url <URL> --api-key-stdin'.");
            }

            profile = new Profile();
        }

        var (urlText, urlSource) = Pick(("--url", settings.Url), ("JOBFORGE_URL", environment("JOBFORGE_URL")), ($"profile '{profileName}'", profile.Url));
        if (urlText is null)
        {
            throw new CliConfigurationException("No server URL: pass --url, set JOBFORGE_URL, or run 'jobforge profile set --url <URL>'.");
        }

        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(url.Query))
        {
            throw new CliConfigurationException($"The server URL from {urlSource} is not an absolute http(s) URL: '{urlText}'.");
        }

        var (apiKey, _) = Pick(("--api-key", settings.ApiKey), ("JOBFORGE_API_KEY", environment("JOBFORGE_API_KEY")), ("profile", profile.ApiKey));
        if (apiKey is null && requireApiKey)
        {
            throw new CliConfigurationException("No API key: set JOBFORGE_API_KEY, run 'jobforge profile set --api-key-stdin', or pass --api-key.");
        }

        var tenant = First((settings as TenantSettings)?.Tenant, environment("JOBFORGE_TENANT"), profile.Tenant);
        return new Connection(WithTrailingSlash(url), apiKey, tenant);
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static (string? Value, string Source) Pick(params (string Source, string? Value)[] candidates)
    {
        foreach (var (source, value) in candidates)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return (value.Trim(), source);
            }
        }

        return (null, string.Empty);
    }
}
