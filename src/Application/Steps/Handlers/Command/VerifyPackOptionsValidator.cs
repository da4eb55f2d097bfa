using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// Fails start-up when a configured verify pack stage is unknown, runs an executable that is not allow-listed or has
/// arguments a command step would refuse. Stages left to their defaults are checked when a pack runs.
/// </summary>
/// <param name="command">The command step settings whose allow list the stages use.</param>
public sealed class VerifyPackOptionsValidator(IOptions<CommandStepOptions> command) : IValidateOptions<VerifyPackOptions>
{
    private const string Prefix = VerifyPackOptions.SectionName + ":Stages:";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, VerifyPackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowed = command.Value.AllowedExecutables;
        var failures = new List<string>();
        foreach (var (stage, settings) in options.Stages)
        {
            if (!VerifyPackOptions.StageNames.Contains(stage, StringComparer.Ordinal))
            {
                failures.Add($"'{Prefix}{stage}' is not a stage; the stages are {string.Join(", ", VerifyPackOptions.StageNames)}.");
                continue;
            }

            if (settings?.Executable is not { } executable || !allowed.ContainsKey(executable))
            {
                failures.Add($"'{Prefix}{stage}:Executable' must name a key of '{CommandStepOptions.SectionName}:AllowedExecutables'.");
            }

            if (settings?.Args is { } args && CommandInputs.CheckArgs(args) is { } problem)
            {
                failures.Add($"'{Prefix}{stage}:Args': {problem}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
