using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Command.Sandbox;

/// <summary>
/// Fails start-up when command steps are configured (<c>JobForge:Steps:Command:WorkspaceRoot</c> set) and no sandbox
/// can be made here, unless the operator opted out with <c>JobForge:Steps:Command:Sandbox:Mode=None</c> (logged).
/// </summary>
public sealed class CommandSandboxValidator : IValidateOptions<CommandStepOptions>
{
    /// <summary>The key that selects the sandbox.</summary>
    public const string ModeKey = CommandStepOptions.SectionName + ":Sandbox:Mode";

    private const string Prefix = CommandStepOptions.SectionName + ":Sandbox:";

    private readonly ILogger _logger;

    /// <summary>A validator that logs the opt-out through <paramref name="logger"/>.</summary>
    public CommandSandboxValidator(ILogger<CommandSandboxValidator> logger) => _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <summary>A validator that does not log.</summary>
    public CommandSandboxValidator()
        : this(Microsoft.Extensions.Logging.Abstractions.NullLogger<CommandSandboxValidator>.Instance)
    {
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CommandStepOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sandbox = options.Sandbox;
        var failures = new List<string>();
        if (!Enum.IsDefined(sandbox.Mode))
        {
            failures.Add($"'{ModeKey}' must be 'Bubblewrap' or 'None'.");
        }

        if (sandbox.UserId is < 1 or > 65535 || sandbox.GroupId is < 1 or > 65535)
        {
            failures.Add($"'{Prefix}UserId' and '{Prefix}GroupId' must be from 1 to 65535 (never root).");
        }

        if (sandbox.ReadOnlyPaths?.Any(path => string.IsNullOrWhiteSpace(path) || !Path.IsPathFullyQualified(path)) == true)
        {
            failures.Add($"'{Prefix}ReadOnlyPaths' must list absolute paths.");
        }

        var root = options.WorkspaceRoot;
        if (failures.Count == 0 && !string.IsNullOrWhiteSpace(root) && Path.IsPathFullyQualified(root) && Directory.Exists(root))
        {
            if (sandbox.Mode == CommandSandboxMode.None)
            {
                CommandStepLog.Unsandboxed(_logger, ModeKey);
            }
            else if (CommandSandboxProbe.Problem(sandbox, WorkspacePath.CanonicalRoot(root) ?? root) is { } problem)
            {
                failures.Add(
                    $"Command steps need a sandbox and {problem}. Install bubblewrap (scripts/sandbox-install, Debian package 'bubblewrap') " +
                    $"or set '{Prefix}BubblewrapPath'; to run command steps without a sandbox (not recommended) set '{ModeKey}' to 'None'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
