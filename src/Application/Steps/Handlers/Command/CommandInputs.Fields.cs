using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Steps.Handlers.Command;

internal sealed partial class CommandInputs
{
    private static readonly string[] PackFields = ["command", "workspace", "pack"];
    private static readonly string[] CommandFields =
        ["executable", "args", "working_directory", "env", PathArgsField, NetworkField, ArgsFromExpressionField];

    private void ParsePack(JsonElement with)
    {
        var problems = _problems.Count;
        CheckFields(with, PackFields);
        if (!with.TryGetProperty("command", out var command) || command.ValueKind != JsonValueKind.String || command.GetString() != VerifyPackCommand)
        {
            Add("$.command", ValidationProblemCodes.InvalidValue, $"'command' must be '{VerifyPackCommand}'.");
        }

        var workspace = RelativePath(with, "workspace", required: true);
        var pack = "fast";
        if (with.TryGetProperty("pack", out var packValue) && packValue.ValueKind != JsonValueKind.Null)
        {
            pack = packValue.ValueKind == JsonValueKind.String ? packValue.GetString()! : "";
            if (pack is not ("fast" or "full"))
            {
                Add("$.pack", ValidationProblemCodes.InvalidValue, "'pack' must be 'fast' or 'full'.");
            }
        }

        if (_problems.Count == problems)
        {
            Pack = new VerifyPackInvocation(workspace!, pack);
        }
    }

    private void ParseCommand(JsonElement with, CommandStepOptions options)
    {
        var problems = _problems.Count;
        CheckFields(with, CommandFields);
        string? executable = null;
        if (!with.TryGetProperty("executable", out var executableValue) || executableValue.ValueKind != JsonValueKind.String)
        {
            Add("$.executable", ValidationProblemCodes.Required, "'executable' must name an allow-listed executable.");
        }
        else if (!options.AllowedExecutables.ContainsKey(executable = executableValue.GetString()!))
        {
            Add("$.executable", ValidationProblemCodes.InvalidValue, "'executable' is not an allow-listed executable (it is a name, never a path).");
        }

        var args = Args(with);
        var directory = RelativePath(with, "working_directory", required: false);
        var environment = Environment(with, options);
        var pathArgs = PathArgs(with, args.Count);
        var network = Flag(with, NetworkField);
        Flag(with, ArgsFromExpressionField);
        if (_problems.Count == problems)
        {
            Command = new CommandInvocation(executable!, args, directory!, environment) { PathArgs = pathArgs, Network = network };
        }
    }

    private void CheckFields(JsonElement with, string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in with.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Add("$", ValidationProblemCodes.DuplicateField, "A field appears twice.");
            }
            else if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Add("$", ValidationProblemCodes.UnknownField, $"Unknown field; the fields are {string.Join(", ", known)}.");
            }
        }
    }

    private List<string> Args(JsonElement with)
    {
        if (!with.TryGetProperty("args", out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            Add("$.args", ValidationProblemCodes.WrongType, "'args' must be an array of strings.");
            return [];
        }

        var args = value.EnumerateArray().Select(item => item.GetString()!).ToList();
        if (CheckArgs(args) is { } problem)
        {
            Add("$.args", args.Count > MaxArgs ? ValidationProblemCodes.TooManyItems : ValidationProblemCodes.TooLong, "'args': " + problem);
        }

        return args;
    }

    private Dictionary<string, string> Environment(JsonElement with, CommandStepOptions options)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!with.TryGetProperty("env", out var value))
        {
            return variables;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Add("$.env", ValidationProblemCodes.WrongType, "'env' must be an object of strings.");
            return variables;
        }

        foreach (var variable in value.EnumerateObject())
        {
            if (variables.Count == CommandEnvironment.MaxVariables)
            {
                Add("$.env", ValidationProblemCodes.TooManyItems, $"'env' may set at most {CommandEnvironment.MaxVariables} variables.");
                break;
            }

            if (!CommandEnvironment.IsValidName(variable.Name))
            {
                Add("$.env", ValidationProblemCodes.InvalidFormat, "Variable names must match [A-Z_][A-Z0-9_]*.");
            }
            else if (!CommandEnvironment.MaySet(variable.Name, options.AllowedEnvironment ?? CommandStepOptions.DefaultAllowedEnvironment))
            {
                Add("$.env", ValidationProblemCodes.InvalidValue,
                    $"'{variable.Name}' is not on the allowed list ('{CommandStepOptions.SectionName}:AllowedEnvironment'); PATH, LD_* and DYLD_* never are.");
            }
            else if (variable.Value.ValueKind != JsonValueKind.String
                || variable.Value.GetString()!.Contains('\0', StringComparison.Ordinal)
                || Encoding.UTF8.GetByteCount(variable.Value.GetString()!) > CommandEnvironment.MaxValueBytes)
            {
                Add("$.env", ValidationProblemCodes.WrongType, $"Values must be strings of at most {CommandEnvironment.MaxValueBytes} bytes without NUL characters.");
            }
            else if (!variables.TryAdd(variable.Name, variable.Value.GetString()!))
            {
                Add("$.env", ValidationProblemCodes.DuplicateField, "A variable appears twice.");
            }
        }

        return variables;
    }

    private string? RelativePath(JsonElement with, string field, bool required)
    {
        if (!with.TryGetProperty(field, out var value))
        {
            if (required)
            {
                Add("$." + field, ValidationProblemCodes.Required, $"'{field}' is required.");
            }

            return "";
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add("$." + field, ValidationProblemCodes.WrongType, $"'{field}' must be a string.");
            return null;
        }

        var path = value.GetString()!;
        if (WorkspacePath.CheckRelative(path) is { } problem)
        {
            Add("$." + field, ValidationProblemCodes.InvalidFormat, $"'{field}' {problem}");
        }

        return path;
    }
}
