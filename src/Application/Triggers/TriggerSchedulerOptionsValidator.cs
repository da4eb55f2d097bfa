using Microsoft.Extensions.Options;

namespace JobForge.Application.Triggers;

/// <summary>Checks <see cref="TriggerSchedulerOptions"/> at start-up, naming the key to fix.</summary>
public sealed class TriggerSchedulerOptionsValidator : IValidateOptions<TriggerSchedulerOptions>
{
    private const string Prefix = TriggerSchedulerOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TriggerSchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.LeaseDuration < TimeSpan.FromSeconds(15) || options.LeaseDuration > TimeSpan.FromSeconds(20) || options.LeaseDuration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            failures.Add($"Set '{Prefix}LeaseDuration' to whole seconds from 00:00:15 to 00:00:20.");
        }

        if (options.RenewInterval <= TimeSpan.Zero || options.RenewInterval * 2 > options.LeaseDuration)
        {
            failures.Add($"Set '{Prefix}RenewInterval' above zero and at most half of LeaseDuration.");
        }

        if (options.AcquireInterval <= TimeSpan.Zero || options.AcquireInterval > TimeSpan.FromSeconds(10))
        {
            failures.Add($"Set '{Prefix}AcquireInterval' from above zero to 00:00:10 (a standby must take over within 30 s).");
        }

        if (options.LeaseRetryInterval <= TimeSpan.Zero || options.LeaseRetryInterval > options.RenewInterval)
        {
            failures.Add($"Set '{Prefix}LeaseRetryInterval' above zero and at most RenewInterval.");
        }

        if (options.ChangePollInterval <= TimeSpan.Zero || options.MaxIdleDelay <= TimeSpan.Zero || options.ChangeFeedOverlap < TimeSpan.Zero)
        {
            failures.Add($"Set '{Prefix}ChangePollInterval' and '{Prefix}MaxIdleDelay' above zero and '{Prefix}ChangeFeedOverlap' to zero or more.");
        }

        if (options.MisfireGrace < TimeSpan.Zero || options.MaxConcurrentFires is < 1 or > 1024)
        {
            failures.Add($"Set '{Prefix}MisfireGrace' to zero or more and '{Prefix}MaxConcurrentFires' from 1 to 1024.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
