using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>Fails start-up when <see cref="CommandStepOptions"/> is malformed, naming the key to fix.</summary>
public sealed class CommandStepOptionsValidator : IValidateOptions<CommandStepOptions>
{
    private const string Prefix = CommandStepOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CommandStepOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WorkspaceRoot))
        {
            if (options.AllowedExecutables.Count > 0)
            {
                failures.Add($"'{Prefix}WorkspaceRoot' must be set when '{Prefix}AllowedExecutables' is.");
            }
        }
        else if (!Path.IsPathFullyQualified(options.WorkspaceRoot) || !Directory.Exists(options.WorkspaceRoot))
        {
            failures.Add($"'{Prefix}WorkspaceRoot' must be an absolute path to an existing directory.");
        }

        foreach (var (key, path) in options.AllowedExecutables)
        {
            if (!CommandInputs.IsExecutableName(key))
            {
                failures.Add($"'{Prefix}AllowedExecutables' names must be 1 to 64 letters, digits, '.', '_' or '-'.");
            }
            else if (string.IsNullOrWhiteSpace(path) || !Path.IsPathFullyQualified(path))
            {
                failures.Add($"'{Prefix}AllowedExecutables:{key}' must be an absolute path.");
            }
        }

        if (options.MaxLogBytes is < OutputCapture.MinCapacity or > 64 * 1024 * 1024)
        {
            failures.Add($"'{Prefix}MaxLogBytes' must be from {OutputCapture.MinCapacity} to 67108864 (default {CommandStepOptions.DefaultMaxLogBytes}).");
        }

        if (options.DefaultTimeout <= TimeSpan.Zero || options.DefaultTimeout > TimeSpan.FromHours(24))
        {
            failures.Add($"'{Prefix}DefaultTimeout' must be more than zero and at most 1.00:00:00.");
        }

        foreach (var variable in options.InheritedEnvironment ?? [])
        {
            if (!CommandEnvironment.IsValidName(variable) || CommandEnvironment.IsLoaderVariable(variable))
            {
                failures.Add($"'{Prefix}InheritedEnvironment' has an invalid name; names are [A-Z_][A-Z0-9_]* and not LD_*/DYLD_*.");
            }
        }

        if (options.AllowedEnvironment?.Any(pattern => !CommandEnvironment.IsValidPattern(pattern)) == true)
        {
            failures.Add($"'{Prefix}AllowedEnvironment' has an invalid entry; entries are names or name prefixes ending in '*', never PATH, LD_* or DYLD_*.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
