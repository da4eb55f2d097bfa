using JobForge.Application.Flags;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Policy;

/// <summary>
/// The start-up rule: if action jobs are enabled and policy tokens are required but no token secret is configured,
/// the server refuses to start and names the setting to set. Also bounds the revocation cache.
/// </summary>
public sealed class PolicyTokenOptionsValidator(FeatureFlagsReader flags) : IValidateOptions<PolicyTokenOptions>
{
    /// <summary>The refusal message.</summary>
    public const string MissingSecretMessage =
        "Action jobs are enabled (" + FeatureFlagNames.ActionJobs + ") and policy tokens are required ("
        + FeatureFlagNames.RequirePolicyTokens + "), but no policy token secret is configured. Set "
        + FeatureFlagNames.PolicyTokenSecret + " (comma-separated; the first signs) or '" + PolicyTokenSecrets.ListKey
        + ":0', or turn action jobs off.";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PolicyTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var current = flags.Current;
        if (current.ActionJobsEnabled && current.RequirePolicyTokens && options.Secrets.Count == 0)
        {
            failures.Add(MissingSecretMessage);
        }

        if (options.RevocationCacheDuration < TimeSpan.Zero || options.RevocationCacheDuration > PolicyTokenOptions.MaxRevocationCacheDuration)
        {
            failures.Add("'JobForge:Policy:RevocationCacheDuration' must be from 00:00:00 to 00:00:05.");
        }

        if (options.RevocationSweepInterval < TimeSpan.FromMinutes(1) || options.RevocationSweepInterval > TimeSpan.FromDays(1))
        {
            failures.Add("'JobForge:Policy:RevocationSweepInterval' must be from 00:01:00 to 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
