using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobForge.Application.Json;

/// <summary>
/// Writes every <see cref="DateTimeOffset"/> the API returns as a UTC instant (offset <c>+00:00</c>), whatever offset
/// it was computed in (a cron's next fire in its time zone, say); reads any ISO-8601 offset as given.
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToUniversalTime());
    }
}
