using System.Text.Json;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// The shape of a JSON body: every property path with its value kind (<c>error.details[].path: string</c>), values
/// ignored, so ids, timestamps and trace ids never differ. A body that is not JSON is its length class.
/// </summary>
public static class JsonShape
{
    /// <summary>The sorted shape lines of <paramref name="body"/>.</summary>
    public static IReadOnlyList<string> Of(string body)
    {
        if (body.Length == 0)
        {
            return ["(empty)"];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var lines = new SortedSet<string>(StringComparer.Ordinal);
            Walk(document.RootElement, "$", lines);
            return [.. lines];
        }
        catch (JsonException)
        {
            return ["(not json)"];
        }
    }

    private static void Walk(JsonElement element, string path, SortedSet<string> lines)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                lines.Add(path + ": object");
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path + "." + property.Name, lines);
                }

                break;
            case JsonValueKind.Array:
                lines.Add(path + ": array");
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]", lines);
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                lines.Add(path + ": boolean");
                break;
            default:
                lines.Add(path + ": " + element.ValueKind.ToString().ToLowerInvariant());
                break;
        }
    }
}
