using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobForge.Mcp;

/// <summary>
/// Writes a <see cref="JsonElement"/> the server did not send (<see cref="JsonValueKind.Undefined"/>) as <c>null</c>
/// instead of throwing, so a model read from an older or leaner answer can still be returned.
/// </summary>
internal sealed class UndefinedAsNullConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}
