using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Visits every value of a JSON tree in document order with its JSON path and the property names above it. Total:
/// property names and strings are read with <see cref="JsonRawText"/> (no throw on unpaired surrogates), and
/// containers deeper than <see cref="MaxDepth"/> are not entered.
/// </summary>
internal static class ContractJsonWalker
{
    /// <summary>The deepest container entered; the root is depth 1.</summary>
    public const int MaxDepth = PayloadLimits.DocumentMaxDepth;

    /// <summary>Called for each value; return false to stop the walk.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="names">The property names from the root down to it (the last is its own name, if it has one).</param>
    public delegate bool Visit(JsonElement value, string path, IReadOnlyList<string> names);

    public static void Walk(JsonElement root, string rootPath, Visit visit) => Walk(root, rootPath, [], 1, visit);

    private static bool Walk(JsonElement value, string path, List<string> names, int depth, Visit visit)
    {
        if (!visit(value, path, names))
        {
            return false;
        }

        if (depth >= MaxDepth)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                var name = JsonRawText.Name(property, out _);
                names.Add(name);
                var more = Walk(property.Value, JsonPathText.Property(path, name), names, depth + 1, visit);
                names.RemoveAt(names.Count - 1);
                if (!more)
                {
                    return false;
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (!Walk(item, JsonPathText.Item(path, index++), names, depth + 1, visit))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
