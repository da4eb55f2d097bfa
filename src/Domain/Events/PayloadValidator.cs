using System.Globalization;
using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>
/// Checks a payload against <see cref="PayloadLimits"/> and rejects duplicate property names (which would make
/// redaction ambiguous). Recursion stops at the first container past the depth limit and at an oversized array, so
/// the walk is bounded by the limits, not by the input.
/// </summary>
internal static class PayloadValidator
{
    public static void Validate(JsonElement payload, string root, ProblemCollector problems)
    {
        var location = new List<PayloadPathSegment>(PayloadLimits.MaxDepth + 1);
        Walk(payload, 1, root, location, problems);
    }

    private static void Walk(JsonElement value, int depth, string root, List<PayloadPathSegment> location, ProblemCollector problems)
    {
        if (problems.IsFull)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array when depth > PayloadLimits.MaxDepth:
                problems.Add(JsonPathText.Location(root, location), ValidationProblemCodes.TooDeep,
                    $"payload nests deeper than {PayloadLimits.MaxDepth} levels of objects and arrays");
                break;
            case JsonValueKind.Object:
                WalkObject(value, depth, root, location, problems);
                break;
            case JsonValueKind.Array:
                WalkArray(value, depth, root, location, problems);
                break;
            case JsonValueKind.String:
                CheckString(JsonRawText.String(value, out var wellFormed), wellFormed, "string", root, location, problems);
                break;
            case JsonValueKind.Number when value.GetRawText().Length > PayloadLimits.MaxStringLength:
                problems.Add(JsonPathText.Location(root, location), ValidationProblemCodes.TooLong, TooLongMessage("number"));
                break;
        }
    }

    private static void WalkObject(JsonElement value, int depth, string root, List<PayloadPathSegment> location, ProblemCollector problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var name = JsonRawText.Name(property, out var wellFormed);
            location.Add(PayloadPathSegment.Property(name));
            if (CheckString(name, wellFormed, "property name", root, location, problems) && !seen.Add(name))
            {
                problems.Add(JsonPathText.Location(root, location), ValidationProblemCodes.DuplicateField,
                    "duplicate property name in one object");
            }

            Walk(property.Value, depth + 1, root, location, problems);
            location.RemoveAt(location.Count - 1);
        }
    }

    private static void WalkArray(JsonElement value, int depth, string root, List<PayloadPathSegment> location, ProblemCollector problems)
    {
        var length = value.GetArrayLength();
        if (length > PayloadLimits.MaxArrayItems)
        {
            problems.Add(JsonPathText.Location(root, location), ValidationProblemCodes.TooManyItems, string.Create(
                CultureInfo.InvariantCulture, $"array has {length} items; at most {PayloadLimits.MaxArrayItems} are allowed"));
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            location.Add(PayloadPathSegment.Item(index++));
            Walk(item, depth + 1, root, location, problems);
            location.RemoveAt(location.Count - 1);
        }
    }

    private static bool CheckString(string text, bool wellFormed, string what, string root, List<PayloadPathSegment> location, ProblemCollector problems)
    {
        if (!wellFormed)
        {
            problems.Add(JsonPathText.Location(root, location), ValidationProblemCodes.InvalidFormat, JsonObjectFields.UnpairedSurrogateMessage);
            return false;
        }

        if (text.Length > PayloadLimits.MaxStringLength)
        {
            problems.Add(JsonPathText.Location(root, location), ValidationProblemCodes.TooLong, TooLongMessage(what));
            return false;
        }

        return true;
    }

    private static string TooLongMessage(string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} is longer than {PayloadLimits.MaxStringLength} characters");
}
