using Microsoft.Extensions.Options;

namespace JobForge.Application.Admission;

/// <summary>Checks <see cref="AdmissionOptions"/> at start-up, naming the key to fix.</summary>
internal sealed class AdmissionOptionsValidator : IValidateOptions<AdmissionOptions>
{
    public ValidateOptionsResult Validate(string? name, AdmissionOptions options)
    {
        var failures = new List<string>();
        if (options.MaxQueuedRuns is < 1 or > 1_000_000)
        {
            failures.Add("Set 'JobForge:Admission:MaxQueuedRuns' to 1–1000000.");
        }

        if (options.MaxQueuedRunsPerTenant < 1 || options.MaxQueuedRunsPerTenant > options.MaxQueuedRuns)
        {
            failures.Add("Set 'JobForge:Admission:MaxQueuedRunsPerTenant' to 1 to MaxQueuedRuns.");
        }

        if (options.MaxQueueWait < TimeSpan.FromMilliseconds(100) || options.MaxQueueWait > TimeSpan.FromMinutes(10))
        {
            failures.Add("Set 'JobForge:Admission:MaxQueueWait' to between 00:00:00.1 and 00:10:00.");
        }

        if (options.MaxWriteWait < TimeSpan.FromMilliseconds(50) || options.MaxWriteWait > TimeSpan.FromMinutes(1))
        {
            failures.Add("Set 'JobForge:Admission:MaxWriteWait' to between 00:00:00.05 and 00:01:00.");
        }

        if (options.MaxPendingWrites is < 1 or > 1_000_000)
        {
            failures.Add("Set 'JobForge:Admission:MaxPendingWrites' to 1–1000000.");
        }

        if (options.MaxStorageLatency < TimeSpan.FromMilliseconds(50) || options.MaxStorageLatency > TimeSpan.FromMinutes(5))
        {
            failures.Add("Set 'JobForge:Admission:MaxStorageLatency' to between 00:00:00.05 and 00:05:00.");
        }

        if (options.MaxRetryAfter < TimeSpan.FromSeconds(1) || options.MaxRetryAfter > TimeSpan.FromMinutes(5))
        {
            failures.Add("Set 'JobForge:Admission:MaxRetryAfter' to between 00:00:01 and 00:05:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
