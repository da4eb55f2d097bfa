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
