using Microsoft.Extensions.Options;

namespace JobForge.Storage.Configuration;

/// <summary>Fails start-up when the storage settings are missing or malformed, naming the key to set.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!StorageAccountResolver.TryResolve(options, out _, out var error))
        {
            failures.Add(error);
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("'JobForge:Storage:MaxRetries' must be between 0 and 10.");
        }

        if (options.NetworkTimeout <= TimeSpan.Zero || options.NetworkTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add("'JobForge:Storage:NetworkTimeout' must be a positive duration of at most 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
