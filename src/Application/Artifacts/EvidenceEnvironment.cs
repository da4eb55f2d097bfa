using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Events;
using JobForge.Application.Flags;

namespace JobForge.Application.Artifacts;

/// <summary>
/// Where this server runs, for manifests and replay bundles: OS, architecture, .NET version, host kind, the JobForge
/// version and commit, a hash of the package versions, and an explicit allow-list of settings.
/// </summary>
public sealed class EvidenceEnvironment
{
    /// <summary>The configuration key (or environment variable) that stamps the build's commit.</summary>
    public const string CommitKey = "JOBFORGE_BUILD_COMMIT";

    /// <summary>The only settings a replay bundle records (and only when their names do not look secret).</summary>
    public static readonly IReadOnlyList<string> SettingsAllowList =
    [
        FeatureFlagNames.Events, FeatureFlagNames.Triggers, FeatureFlagNames.AutopilotJobs, FeatureFlagNames.ActionJobs,
        FeatureFlagNames.AuditLogging, FeatureFlagNames.Manifests, FeatureFlagNames.RateLimiting,
        FeatureFlagNames.RequirePolicyTokens, FeatureFlagNames.ReplayPack, FeatureFlagNames.VerifyPack,
        FeatureFlagNames.PolicyTokenExpiryHours, "JobForge:Artifacts:ContainerName",
    ];

    private static readonly string[] s_secretLooking = ["secret", "password", "connectionstring", "apikey", "accountkey", "signingkey", "credential"];

    private readonly IConfiguration _configuration;
    private readonly string _commit;
    private readonly string _packagesSha256;

    /// <summary>Reads the build stamp once; settings are read at each <see cref="Provenance"/>.</summary>
    public EvidenceEnvironment(IConfiguration configuration)
    {
        _configuration = configuration;
        var informational = typeof(EvidenceEnvironment).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        JobForgeVersion = plus < 0 ? informational : informational[..plus];
        _commit = configuration[CommitKey] is { Length: > 0 } stamped ? stamped : plus < 0 ? "unknown" : informational[(plus + 1)..];
        _packagesSha256 = PackagesSha256();
        Fingerprint = new EnvironmentFingerprint(
            RuntimeInformation.OSDescription, RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), Environment.Version.ToString(), "server");
    }

    /// <summary>The JobForge version (the informational version without its <c>+commit</c> suffix).</summary>
    public string JobForgeVersion { get; }

    /// <summary>OS, architecture, .NET version, host kind.</summary>
    public EnvironmentFingerprint Fingerprint { get; }

    /// <summary>The provenance of a bundle built now.</summary>
    public ReplayProvenance Provenance => new(
        _commit, Fingerprint.DotnetVersion, Fingerprint.Os, Fingerprint.Architecture, _packagesSha256, AllowedSettings(_configuration));

    /// <summary>The allow-listed settings that are set, minus anything whose name looks secret.</summary>
    public static IReadOnlyDictionary<string, string> AllowedSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in SettingsAllowList.Where(k => !LooksSecret(k)))
        {
            if (configuration[key] is { Length: > 0 and <= 256 } value)
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    /// <summary>Whether a setting called <paramref name="key"/> may hold a secret.</summary>
    public static bool LooksSecret(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalized = key.Replace("_", string.Empty, StringComparison.Ordinal).Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return SensitiveFieldRedactor.IsSensitiveName(key[(key.LastIndexOf(':') + 1)..]) || s_secretLooking.Any(s => normalized.Contains(s, StringComparison.Ordinal));
    }

    /// <summary>
    /// SHA-256 (hex) over the sorted, distinct <c>name/version</c> lines of the assemblies JobForge's own assemblies
    /// reference: it changes when a pinned package's assembly version does. Read from metadata; nothing is loaded.
    /// </summary>
    private static string PackagesSha256()
    {
        var lines = new[] { typeof(EvidenceEnvironment).Assembly, typeof(IArtifactStore).Assembly, typeof(Storage.Artifacts.BlobArtifactStore).Assembly }
            .SelectMany(a => a.GetReferencedAssemblies().Append(a.GetName()))
            .Select(n => n.Name + "/" + n.Version)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
