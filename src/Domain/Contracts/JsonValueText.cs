using System.Buffers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>Copies JSON values without throwing (see <see cref="JsonRawText"/>) and renders them as interpolation text.</summary>
internal static class JsonValueText
{
    /// <summary>Copies <paramref name="value"/>; false (and a null in its place) when it nests past the depth limit.</summary>
    public static bool Copy(Utf8JsonWriter writer, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array when depth > ContractJsonWalker.MaxDepth:
                writer.WriteNullValue();
                return false;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                var ok = true;
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(JsonRawText.Name(property, out _));
                    ok &= Copy(writer, property.Value, depth + 1);
                }

                writer.WriteEndObject();
                return ok;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var all = true;
                foreach (var item in value.EnumerateArray())
                {
                    all &= Copy(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                return all;
            case JsonValueKind.String:
                writer.WriteStringValue(JsonRawText.String(value, out _));
                return true;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                value.WriteTo(writer);
                return true;
            default:
                writer.WriteNullValue();
                return true;
        }
    }

    /// <summary>
    /// The first property called <paramref name="name"/> of an object. Unlike <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>
    /// it does not throw when some property name holds an unpaired surrogate escape.
    /// </summary>
    public static bool TryGetProperty(JsonElement value, string name, out JsonElement found)
    {
        found = default;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (string.Equals(JsonRawText.Name(property, out _), name, StringComparison.Ordinal))
            {
                found = property.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The string value of property <paramref name="name"/>, or null when it is absent or not a string.</summary>
    public static string? StringProperty(JsonElement value, string name) =>
        TryGetProperty(value, name, out var found) && found.ValueKind == JsonValueKind.String ? JsonRawText.String(found, out _) : null;

    /// <summary>Appends the interpolation text of <paramref name="value"/>; false when it exceeds <paramref name="maxBytes"/>.</summary>
    public static bool Append(StringBuilder text, JsonElement value, int maxBytes)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(JsonRawText.String(value, out _));
                return true;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return true;
            case JsonValueKind.Object or JsonValueKind.Array:
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    Copy(writer, value, 1);
                }

                if (buffer.WrittenCount > maxBytes)
                {
                    return false;
                }

                text.Append(Encoding.UTF8.GetString(buffer.WrittenSpan));
                return true;
            default:
                text.Append(value.GetRawText());
                return true;
        }
    }
}
