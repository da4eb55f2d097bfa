using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// The parsed <c>with</c> of a command step: either a plain command (<c>executable</c>, <c>args</c>,
/// <c>working_directory</c>, <c>env</c>) or the verify pack (<c>command: verify_pack</c>, <c>workspace</c>,
/// <c>pack</c>). The checks are lexical; symlinks are resolved when the step runs.
/// </summary>
internal sealed partial class CommandInputs
{
    /// <summary>The most arguments.</summary>
    public const int MaxArgs = 64;

    /// <summary>The longest argument, in UTF-8 bytes.</summary>
    public const int MaxArgBytes = 4096;

    /// <summary>The longest relative path.</summary>
    public const int MaxPathLength = 512;

    /// <summary>The verify pack's command name.</summary>
    public const string VerifyPackCommand = "verify_pack";

    private readonly List<ValidationProblem> _problems = [];

    private CommandInputs()
    {
    }

    /// <summary>Every problem; empty when the inputs are valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems => _problems;

    /// <summary>The plain command, when valid and not a verify pack.</summary>
    public CommandInvocation? Command { get; private set; }

    /// <summary>The verify pack, when valid and asked for.</summary>
    public VerifyPackInvocation? Pack { get; private set; }

    /// <summary>Whether <paramref name="name"/> may be an allow-list key: 1 to 64 of <c>[A-Za-z0-9._-]</c>.</summary>
    public static bool IsExecutableName(string? name) =>
        name is { Length: > 0 and <= 64 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Why <paramref name="args"/> is refused, or null when it is fine.</summary>
    public static string? CheckArgs(IReadOnlyCollection<string?> args)
    {
        if (args.Count > MaxArgs)
        {
            return $"at most {MaxArgs} arguments are allowed.";
        }

        return args.Any(arg => arg is null || arg.Contains('\0', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(arg) > MaxArgBytes)
            ? $"each argument must be a string of at most {MaxArgBytes} bytes without NUL characters."
            : null;
    }

    /// <summary>Parses and checks <paramref name="with"/> against <paramref name="options"/>.</summary>
    public static CommandInputs Parse(JsonElement with, CommandStepOptions options)
    {
        var inputs = new CommandInputs();
        if (string.IsNullOrWhiteSpace(options.WorkspaceRoot))
        {
            inputs.Add("$", ValidationProblemCodes.InvalidValue,
                $"Command steps are not configured; set '{CommandStepOptions.SectionName}:WorkspaceRoot'.");
            return inputs;
        }

        if (with.ValueKind != JsonValueKind.Object)
        {
            inputs.Add("$", ValidationProblemCodes.WrongType, "'with' must be an object.");
            return inputs;
        }

        if (with.TryGetProperty("command", out _))
        {
            inputs.ParsePack(with);
        }
        else
        {
            inputs.ParseCommand(with, options);
        }

        return inputs;
    }

    private void Add(string path, string code, string message) => _problems.Add(new ValidationProblem(path, code, message));
}
