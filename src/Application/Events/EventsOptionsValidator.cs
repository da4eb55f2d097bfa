using Microsoft.Extensions.Options;

namespace JobForge.Application.Events;

/// <summary>Fails start-up on retention settings that make no sense, naming the key.</summary>
public sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    private static readonly TimeSpan TenYears = TimeSpan.FromDays(3650);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var failures = new List<string>();
        if (options.DefaultRetention < TimeSpan.FromHours(1) || options.DefaultRetention > TenYears)
        {
            failures.Add("'JobForge:Events:DefaultRetention' must be between 01:00:00 and 3650.00:00:00.");
        }

        if (options.PiiRetention < TimeSpan.FromHours(1) || options.PiiRetention > options.DefaultRetention)
        {
            failures.Add("'JobForge:Events:PiiRetention' must be at least 01:00:00 and no longer than 'JobForge:Events:DefaultRetention'.");
        }

        if (options.RetentionSweepInterval < TimeSpan.FromSeconds(10) || options.RetentionSweepInterval > TimeSpan.FromDays(1))
        {
            failures.Add("'JobForge:Events:RetentionSweepInterval' must be between 00:00:10 and 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
