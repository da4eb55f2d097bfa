using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobForge.Domain.Events;

/// <summary>
/// Copies a JSON tree, letting a callback replace values by location. It is total on any element: it never calls
/// <see cref="JsonElement.WriteTo"/> on strings (which throws on unpaired surrogate escapes; those are copied in
/// their escaped form), and containers deeper than <see cref="MaxDepth"/> become <c>"[TRUNCATED]"</c>, so recursion
/// is bounded whatever document the element came from.
/// </summary>
internal static class JsonTreeRewriter
{
    /// <summary>The deepest container copied; the root is depth 1.</summary>
    public const int MaxDepth = PayloadLimits.DocumentMaxDepth;

    /// <summary>What replaces a container nested deeper than <see cref="MaxDepth"/>.</summary>
    public const string TruncatedMarker = "[TRUNCATED]";

    /// <summary>Decides what to do with the value at <paramref name="location"/>.</summary>
    public delegate RewriteDecision Decide(IReadOnlyList<PayloadPathSegment> location, JsonElement value, out JsonNode? replacement);

    public static JsonElement Rewrite(JsonElement root, Decide decide)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root, 1, [], decide);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1000 });
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement value, int depth, List<PayloadPathSegment> location, Decide? decide)
    {
        JsonNode? replacement = null;
        switch (decide is null ? RewriteDecision.Copy : decide(location, value, out replacement))
        {
            case RewriteDecision.Replace:
                WriteNode(writer, replacement);
                return;
            case RewriteDecision.Copy:
                decide = null;
                break;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array when depth > MaxDepth:
                writer.WriteStringValue(TruncatedMarker);
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    var name = JsonRawText.Name(property, out _);
                    writer.WritePropertyName(name);
                    location.Add(PayloadPathSegment.Property(name));
                    Write(writer, property.Value, depth + 1, location, decide);
                    location.RemoveAt(location.Count - 1);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    location.Add(PayloadPathSegment.Item(index++));
                    Write(writer, item, depth + 1, location, decide);
                    location.RemoveAt(location.Count - 1);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(JsonRawText.String(value, out _));
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                value.WriteTo(writer);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }
}
