using Microsoft.Extensions.Options;

namespace JobForge.Application.Jobs;

/// <summary>Rejects stream intervals outside their documented ranges, naming the key to set.</summary>
public sealed class RunStreamOptionsValidator : IValidateOptions<RunStreamOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RunStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(options.PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(60));
        Check(failures, nameof(options.TenantPollInterval), options.TenantPollInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(300));
        Check(failures, nameof(options.HeartbeatInterval), options.HeartbeatInterval, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(120));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"Set '{RunStreamOptions.SectionName}:{key}' between {min} and {max}.");
        }
    }
}
