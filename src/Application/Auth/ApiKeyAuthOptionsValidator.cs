using System.Globalization;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Auth;

/// <summary>Fails start-up on a bad <c>JobForge:Auth</c> setting, naming the key (never echoing the bootstrap key).</summary>
public sealed class ApiKeyAuthOptionsValidator : IValidateOptions<ApiKeyAuthOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiKeyAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BootstrapKey is { Length: > 0 } key
            && (key.Length < ApiKeyAuthOptions.MinBootstrapKeyLength || key.Length > ApiKeyAuthOptions.MaxTokenLength))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"'JobForge:Auth:BootstrapKey' (environment JobForge__Auth__BootstrapKey) must be {ApiKeyAuthOptions.MinBootstrapKeyLength} to {ApiKeyAuthOptions.MaxTokenLength} characters; it has {key.Length}. Leave it unset for no bootstrap key."));
        }

        if (options.BootstrapKey is { Length: > 0 } spaced && spaced.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add("'JobForge:Auth:BootstrapKey' must not contain whitespace or control characters.");
        }

        if (options.KeyCacheDuration < TimeSpan.Zero || options.KeyCacheDuration > TimeSpan.FromMinutes(5))
        {
            failures.Add("'JobForge:Auth:KeyCacheDuration' must be a duration from 00:00:00 (no cache) to 00:05:00.");
        }

        if (options.KeyCacheSize is < 1 or > 1_000_000)
        {
            failures.Add("'JobForge:Auth:KeyCacheSize' must be from 1 to 1000000.");
        }

        if (options.NegativeCacheDuration < TimeSpan.Zero || options.NegativeCacheDuration > TimeSpan.FromMinutes(5))
        {
            failures.Add("'JobForge:Auth:NegativeCacheDuration' must be a duration from 00:00:00 (no cache) to 00:05:00.");
        }

        if (options.MaxFailedAttempts is < 1 or > 100_000)
        {
            failures.Add("'JobForge:Auth:MaxFailedAttempts' must be from 1 to 100000.");
        }

        if (options.FailedAttemptWindow < TimeSpan.FromSeconds(1) || options.FailedAttemptWindow > TimeSpan.FromHours(1))
        {
            failures.Add("'JobForge:Auth:FailedAttemptWindow' must be a duration from 00:00:01 to 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
