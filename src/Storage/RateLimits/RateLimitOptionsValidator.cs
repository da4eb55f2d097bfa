using Microsoft.Extensions.Options;

namespace JobForge.Storage.RateLimits;

/// <summary>Fails start-up when the rate-limit settings are malformed, naming the key to fix.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    private const int MaxPerMinute = 1_000_000;
    private const string Prefix = RateLimitOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Limit(int? value, string key)
        {
            if (value is < 1 or > MaxPerMinute)
            {
                failures.Add($"'{Prefix}{key}' must be a whole number from 1 to {MaxPerMinute}.");
            }
        }

        Limit(options.DefaultPerMinute, "DefaultPerMinute");
        Limit(options.PerActorPerMinute, "PerActorPerMinute");
        foreach (var (tenant, tenantOptions) in options.Tenants)
        {
            Limit(tenantOptions?.PerMinute, $"Tenants:{tenant}:PerMinute");
            Limit(tenantOptions?.PerActorPerMinute, $"Tenants:{tenant}:PerActorPerMinute");
        }

        if (options.SyncInterval < TimeSpan.FromMilliseconds(50) || options.SyncInterval > TimeSpan.FromSeconds(5))
        {
            failures.Add($"'{Prefix}SyncInterval' must be from 00:00:00.050 to 00:00:05 (the cross-server error grows with it).");
        }

        if (options.TableName is not { Length: >= 3 and <= 63 } table || !char.IsAsciiLetter(table[0]) || !table.All(char.IsAsciiLetterOrDigit))
        {
            failures.Add($"'{Prefix}TableName' must be 3 to 63 letters and digits, starting with a letter (default {RateLimitOptions.DefaultTableName}).");
        }

        if (options.InstanceId is { } id && (id.Length is 0 or > 64 || !id.All(char.IsAsciiLetterOrDigit)))
        {
            failures.Add($"'{Prefix}InstanceId' must be 1 to 64 letters and digits, or unset.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
