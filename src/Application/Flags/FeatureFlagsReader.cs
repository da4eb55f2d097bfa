using Microsoft.Extensions.Primitives;

namespace JobForge.Application.Flags;

/// <summary>
/// Reads <see cref="FeatureFlags"/> from configuration, again after every configuration reload, so a changed setting
/// takes effect without a restart where the configuration source reloads (JSON files, Azure App Configuration).
/// </summary>
public sealed class FeatureFlagsReader
{
    private readonly IConfiguration _configuration;
    private FeatureFlags _current;

    /// <summary>Reads the flags now and on every reload of <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException">A flag has a value that is not a boolean; the message names it.</exception>
    public FeatureFlagsReader(IConfiguration configuration)
    {
        _configuration = configuration;
        _current = Read(configuration, out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }

        ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    /// <summary>The flags in effect now.</summary>
    public FeatureFlags Current => Volatile.Read(ref _current);

    /// <summary>Parses the flags; <paramref name="errors"/> names each malformed key (the flag keeps its default).</summary>
    public static FeatureFlags Read(IConfiguration configuration, out List<string> errors)
    {
        var problems = new List<string>();
        bool Flag(string key, bool fallback)
        {
            var text = configuration[key];
            if (string.IsNullOrWhiteSpace(text))
            {
                return fallback;
            }

            switch (text.Trim().ToLowerInvariant())
            {
                case "1" or "true" or "yes" or "on":
                    return true;
                case "0" or "false" or "no" or "off":
                    return false;
                default:
                    problems.Add($"'{key}' must be 1 or 0 (true/false); it is '{Shorten(text)}'.");
                    return fallback;
            }
        }

        var hours = 1;
        var hoursText = configuration[FeatureFlagNames.PolicyTokenExpiryHours];
        if (!string.IsNullOrWhiteSpace(hoursText)
            && (!int.TryParse(hoursText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out hours) || hours is < 1 or > 24))
        {
            problems.Add($"'{FeatureFlagNames.PolicyTokenExpiryHours}' must be a whole number of hours from 1 to 24.");
            hours = 1;
        }

        var flags = new FeatureFlags
        {
            EventsEnabled = Flag(FeatureFlagNames.Events, false),
            TriggersEnabled = Flag(FeatureFlagNames.Triggers, false),
            AutopilotJobsEnabled = Flag(FeatureFlagNames.AutopilotJobs, false),
            ActionJobsEnabled = Flag(FeatureFlagNames.ActionJobs, false),
            AuditLoggingEnabled = Flag(FeatureFlagNames.AuditLogging, false),
            ManifestsEnabled = Flag(FeatureFlagNames.Manifests, false),
            RateLimitingEnabled = Flag(FeatureFlagNames.RateLimiting, false),
            AdmissionControlEnabled = Flag(FeatureFlagNames.AdmissionControl, false),
            RequirePolicyTokens = Flag(FeatureFlagNames.RequirePolicyTokens, true),
            ReplayPackEnabled = Flag(FeatureFlagNames.ReplayPack, false),
            VerifyPackEnabled = Flag(FeatureFlagNames.VerifyPack, false),
            PolicyTokenExpiryHours = hours,
            PolicyTokenSecretConfigured = Policy.PolicyTokenSecrets.Read(configuration).Count > 0,
        };
        errors = problems;
        return flags;
    }

    private void Reload()
    {
        // A malformed value after a reload keeps that flag's default rather than taking the server down.
        Volatile.Write(ref _current, Read(_configuration, out _));
    }

    private static string Shorten(string text) => text.Length <= 16 ? text : text[..16] + "…";
}
