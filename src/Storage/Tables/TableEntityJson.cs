using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure;

namespace JobForge.Storage.Tables;

/// <summary>
/// The JSON wire format of entities (https://learn.microsoft.com/rest/api/storageservices/payload-format-for-table-service-operations).
/// Writes carry <c>Name@odata.type</c> annotations for the types JSON cannot say: Edm.Int64 (as a string), Edm.DateTime
/// (ISO 8601, 7 fraction digits, UTC), Edm.Guid, Edm.Binary (base64) and Edm.Double (always, so 1.0 stays a double).
/// Reads (minimal metadata) use the annotations the service sends and infer the rest.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static BinaryData Serialize(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, entity);
        }

        return new BinaryData(buffer.WrittenMemory);
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in entity)
        {
            if (value is null || name == TableEntity.TimestampName)
            {
                continue; // Null properties are not stored; Timestamp is server-managed.
            }

            if (name is not (TableEntity.PartitionKeyName or TableEntity.RowKeyName))
            {
                TableResourcePath.ValidatePropertyName(name, nameof(entity));
            }

            switch (value)
            {
                case string s: writer.WriteString(name, s); break;
                case bool b: writer.WriteBoolean(name, b); break;
                case int i: writer.WriteNumber(name, i); break;
                case long l: Annotated(writer, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture)); break;
                case double d: WriteDouble(writer, name, d); break;
                case DateTimeOffset o: Annotated(writer, name, "Edm.DateTime", FormatDateTime(o)); break;
                case DateTime t: Annotated(writer, name, "Edm.DateTime", FormatDateTime(ToUtc(t))); break;
                case Guid g: Annotated(writer, name, "Edm.Guid", g.ToString("D")); break;
                case byte[] bytes: Annotated(writer, name, "Edm.Binary", Convert.ToBase64String(bytes)); break;
                case BinaryData data: Annotated(writer, name, "Edm.Binary", Convert.ToBase64String(data.ToMemory().Span)); break;
                default:
                    throw new ArgumentException(
                        $"Property '{name}' is a {value.GetType().Name}; use string, int, long, double, bool, DateTimeOffset, Guid or byte[].",
                        nameof(entity));
            }
        }

        writer.WriteEndObject();
    }

    public static TableEntity Read(JsonElement element, ETag headerETag = default)
    {
        var entity = new TableEntity();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith("odata.", StringComparison.Ordinal) || name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var type = element.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString()
                : name == TableEntity.TimestampName ? "Edm.DateTime" // Always Edm.DateTime, but minimal metadata may omit its annotation.
                : null;
            entity[name] = ReadValue(property.Value, type);
        }

        entity.ETag = element.TryGetProperty("odata.etag", out var etag) && etag.GetString() is { } tag ? new ETag(tag) : headerETag;
        return entity;
    }

    /// <summary>UTC with exactly seven fraction digits: the service's Edm.DateTime precision (100 ns ticks).</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A <see cref="DateTime"/> as UTC; an unspecified kind is taken to be UTC already.</summary>
    public static DateTimeOffset ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Unspecified => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
        _ => new DateTimeOffset(value.ToUniversalTime()),
    };

    private static void Annotated(Utf8JsonWriter writer, string name, string edmType, string value)
    {
        writer.WriteString(name + TypeSuffix, edmType);
        writer.WriteString(name, value);
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        writer.WriteString(name + TypeSuffix, "Edm.Double");
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    /// <summary>
    /// One value. Never throws on odd input: a value that does not parse as its annotated type stays a string.
    /// Unannotated numbers are Edm.Int32 when written without a fraction or exponent, else Edm.Double.
    /// </summary>
    private static object? ReadValue(JsonElement value, string? type)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                if (type is "Edm.Double" || value.GetRawText().AsSpan().IndexOfAny(".eE") >= 0)
                {
                    return value.GetDouble();
                }

                if (type is "Edm.Int64" && value.TryGetInt64(out var longNumber))
                {
                    return longNumber;
                }

                // Box each branch separately: a ternary over int/long/double would widen all three to double.
                if (value.TryGetInt32(out var intNumber))
                {
                    return intNumber;
                }

                return value.TryGetInt64(out longNumber) ? (object)longNumber : value.GetDouble();
            case JsonValueKind.String:
                var text = value.GetString()!;
                return type switch
                {
                    "Edm.Int64" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
                    "Edm.Int32" when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
                    "Edm.Double" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                    "Edm.Double" when text is "NaN" => double.NaN,
                    "Edm.Double" when text is "Infinity" => double.PositiveInfinity,
                    "Edm.Double" when text is "-Infinity" => double.NegativeInfinity,
                    "Edm.DateTime" when DateTimeOffset.TryParse(
                        text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) => t,
                    "Edm.Guid" when Guid.TryParse(text, out var g) => g,
                    "Edm.Binary" => TryBase64(text),
                    _ => text,
                };
            default:
                return value.GetRawText();
        }
    }

    private static object TryBase64(string text)
    {
        var bytes = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : text;
    }
}
