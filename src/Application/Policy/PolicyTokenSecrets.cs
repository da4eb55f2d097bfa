using JobForge.Application.Flags;

namespace JobForge.Application.Policy;

/// <summary>Reads the policy token secrets from configuration.</summary>
public static class PolicyTokenSecrets
{
    /// <summary>The section key of the list form.</summary>
    public const string ListKey = "JobForge:Policy:Secrets";

    /// <summary>
    /// <c>JOBFORGE_POLICY_TOKEN_SECRET</c> split on commas, then <c>JobForge:Policy:Secrets:0..n</c> in index order;
    /// blanks dropped, each trimmed, duplicates kept once (first place wins).
    /// </summary>
    public static IReadOnlyList<string> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var flat = (configuration[FeatureFlagNames.PolicyTokenSecret] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var listed = configuration.GetSection(ListKey).GetChildren()
            .Select(child => (Index: int.TryParse(child.Key, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue, child.Value))
            .OrderBy(entry => entry.Index)
            .Select(entry => entry.Value?.Trim())
            .Where(value => !string.IsNullOrEmpty(value));
        return flat.Concat(listed!).Distinct(StringComparer.Ordinal).ToList()!;
    }
}
