using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Steps.Handlers.Command;

internal sealed partial class CommandInputs
{
    /// <summary>
    /// Which arguments are paths: an array of argument indices, or <c>"all"</c>. Each one must resolve (symlinks
    /// followed) under the workspace root. The template must write it literally (checked at registration).
    /// </summary>
    public const string PathArgsField = "path_args";

    /// <summary><c>true</c> lets the sandboxed process use the network; literal in the template, default false.</summary>
    public const string NetworkField = "network";

    /// <summary>
    /// <c>true</c> lets the whole <c>args</c> array come from one expression (<c>args: ${{ inputs.args }}</c>); without
    /// it, template registration refuses such a step. Literal in the template.
    /// </summary>
    public const string ArgsFromExpressionField = "args_from_expression";

    private IReadOnlySet<int> PathArgs(JsonElement with, int count)
    {
        if (!with.TryGetProperty(PathArgsField, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new HashSet<int>();
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() == "all")
        {
            return Enumerable.Range(0, count).ToHashSet();
        }

        var indices = new HashSet<int>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var index) || index is < 0 or >= MaxArgs)
                {
                    break;
                }

                indices.Add(index);
            }

            if (indices.Count == value.GetArrayLength())
            {
                return indices;
            }
        }

        Add("$." + PathArgsField, ValidationProblemCodes.InvalidValue, $"'{PathArgsField}' must be \"all\" or an array of argument indices (0 to {MaxArgs - 1}).");
        return indices;
    }

    private bool Flag(JsonElement with, string field)
    {
        if (!with.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add("$." + field, ValidationProblemCodes.WrongType, $"'{field}' must be true or false.");
        return false;
    }
}
