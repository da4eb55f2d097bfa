using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// The REST wire format of a message (https://learn.microsoft.com/rest/api/servicebus/message-headers-and-properties):
/// broker properties as a JSON object (<c>MessageId</c>, <c>CorrelationId</c>, <c>Label</c>, <c>SessionId</c>,
/// <c>TimeToLive</c> in seconds); for a single send, custom properties as headers whose string values are quoted and
/// whose numbers and booleans are bare; for a batch, <c>[{"Body": "…", "BrokerProperties": {…}, "UserProperties": {…}}]</c>.
/// </summary>
internal static class ServiceBusWireFormat
{
    /// <summary>The batch Content-Type, without parameters (https://learn.microsoft.com/rest/api/servicebus/send-message-batch).</summary>
    public const string BatchContentType = "application/vnd.microsoft.servicebus.json";

    public const string BrokerPropertiesHeader = "BrokerProperties";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Escapes everything outside ASCII, so the JSON is a valid HTTP header value.
    private static readonly JsonWriterOptions HeaderJson = new() { Encoder = JavaScriptEncoder.Default };

    // The batch body is UTF-8 JSON that no browser renders; relaxed escaping keeps non-ASCII bodies compact.
    private static readonly JsonWriterOptions BodyJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The <c>BrokerProperties</c> header of a single send.</summary>
    public static string BrokerProperties(ServiceBusOutboundMessage message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, HeaderJson))
        {
            WriteBrokerProperties(writer, message);
        }

        return Encoding.ASCII.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The header value of an application property in a single send.</summary>
    /// <exception cref="ArgumentException">A string value cannot travel as a header.</exception>
    public static string HeaderValue(string name, ServiceBusPropertyValue value) => value.Value switch
    {
        string s when s.All(c => c is >= ' ' and <= '~' and not '"' and not '\\') => "\"" + s + "\"",
        string => throw new ArgumentException(
            $"Application property '{name}' holds characters a single send cannot carry in a header (non-ASCII, control, '\"' or '\\'); send it with SendBatchAsync, whose JSON body carries any text.",
            nameof(value)),
        _ => value.ToString(),
    };

    /// <summary>One message of a batch, as a UTF-8 JSON object.</summary>
    /// <exception cref="ArgumentException">The body is not UTF-8 text, which the batch format requires.</exception>
    public static byte[] BatchElement(ServiceBusOutboundMessage message)
    {
        string body;
        try
        {
            body = StrictUtf8.GetString(message.Body.ToMemory().Span);
        }
        catch (DecoderFallbackException)
        {
            throw new ArgumentException(
                $"Message '{message.MessageId}' has a body that is not UTF-8 text; the batch format carries bodies as JSON strings.",
                nameof(message));
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, BodyJson))
        {
            writer.WriteStartObject();
            writer.WriteString("Body", body);
            writer.WritePropertyName("BrokerProperties");
            WriteBrokerProperties(writer, message);
            if (message.ApplicationProperties.Count > 0)
            {
                writer.WriteStartObject("UserProperties");
                foreach (var (name, value) in message.ApplicationProperties)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A batch request body: the elements as one JSON array.</summary>
    public static BinaryData BatchBody(IReadOnlyList<byte[]> elements)
    {
        var length = BatchLength(elements.Sum(e => e.Length), elements.Count);
        var body = new byte[length];
        body[0] = (byte)'[';
        var at = 1;
        for (var i = 0; i < elements.Count; i++)
        {
            if (i > 0)
            {
                body[at++] = (byte)',';
            }

            elements[i].CopyTo(body, at);
            at += elements[i].Length;
        }

        body[at] = (byte)']';
        return BinaryData.FromBytes(body);
    }

    /// <summary>The size of a batch body holding <paramref name="count"/> elements of <paramref name="elementBytes"/> in all.</summary>
    public static int BatchLength(int elementBytes, int count) => elementBytes + 2 + Math.Max(0, count - 1);

    private static void WriteBrokerProperties(Utf8JsonWriter writer, ServiceBusOutboundMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("MessageId", message.MessageId);
        WriteIfSet(writer, "CorrelationId", message.CorrelationId);
        WriteIfSet(writer, "Label", message.Subject);
        WriteIfSet(writer, "SessionId", message.SessionId);
        if (message.TimeToLive is { } ttl)
        {
            writer.WriteNumber("TimeToLive", Math.Round(ttl.TotalSeconds, 3, MidpointRounding.AwayFromZero));
        }

        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The header length a property adds to a single send, for the size check.</summary>
    public static int HeaderLength(string name, string value) =>
        Encoding.ASCII.GetByteCount(name) + Encoding.ASCII.GetByteCount(value) + 4; // "Name: value\r\n"
}
