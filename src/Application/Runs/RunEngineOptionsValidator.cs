using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>Checks <see cref="RunEngineOptions"/> at start-up, naming the key to fix.</summary>
internal sealed class RunEngineOptionsValidator : IValidateOptions<RunEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, RunEngineOptions options)
    {
        var failures = new List<string>();
        if (options.MaxConcurrency is < 1 or > 1024)
        {
            failures.Add("Set 'JobForge:Engine:MaxConcurrency' to 1–1024.");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(3) || options.LeaseDuration > TimeSpan.FromMinutes(5))
        {
            failures.Add("Set 'JobForge:Engine:LeaseDuration' to between 00:00:03 and 00:05:00.");
        }

        if (options.RecoveryInterval < TimeSpan.FromMilliseconds(100) || options.RecoveryInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add("Set 'JobForge:Engine:RecoveryInterval' to between 00:00:00.1 and 00:01:00.");
        }

        if (options.InMemoryTimerHorizon < TimeSpan.Zero || options.InMemoryTimerHorizon > options.LeaseDuration * 4)
        {
            failures.Add("Set 'JobForge:Engine:InMemoryTimerHorizon' to between 0 and four lease durations.");
        }

        if (options.RunTimeout <= TimeSpan.Zero || options.ApprovalTimeout <= TimeSpan.Zero)
        {
            failures.Add("Set 'JobForge:Engine:RunTimeout' and 'JobForge:Engine:ApprovalTimeout' to positive durations.");
        }

        if (options.MaxDeliveries is < 1 or > 100)
        {
            failures.Add("Set 'JobForge:Engine:MaxDeliveries' to 1–100.");
        }

        if (options.MaxConcurrencyPerTenant < 0 || options.MaxConcurrencyPerTenant > options.MaxConcurrency)
        {
            failures.Add("Set 'JobForge:Engine:MaxConcurrencyPerTenant' to 0 (half of MaxConcurrency) or 1 to MaxConcurrency.");
        }

        if (options.AttemptGrace < TimeSpan.FromSeconds(1) || options.AttemptGrace > TimeSpan.FromHours(24))
        {
            failures.Add("Set 'JobForge:Engine:AttemptGrace' to between 1 second and 24 hours.");
        }

        if (options.LifecycleEventLinger < TimeSpan.Zero || options.LifecycleEventLinger > TimeSpan.FromSeconds(5)
            || options.WorkRemovalLinger < TimeSpan.Zero || options.WorkRemovalLinger > TimeSpan.FromSeconds(5))
        {
            failures.Add("Set 'JobForge:Engine:LifecycleEventLinger' and 'JobForge:Engine:WorkRemovalLinger' to between 0 and 00:00:05.");
        }

        if (options.WorkerId is { } id && (id.Length is 0 or > 128 || id.Contains('|', StringComparison.Ordinal)))
        {
            failures.Add("Set 'JobForge:Engine:WorkerId' to 1–128 characters without '|', or leave it out.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
