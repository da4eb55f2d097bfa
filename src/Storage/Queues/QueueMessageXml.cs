using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Azure;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Queues;

/// <summary>
/// The XML of Put/Update Message bodies (<c>&lt;QueueMessage&gt;&lt;MessageText&gt;…&lt;/MessageText&gt;&lt;/QueueMessage&gt;</c>)
/// and of Put/Get/Peek Messages responses (<c>QueueMessagesList</c>).
/// See https://learn.microsoft.com/rest/api/storageservices/put-message.
/// </summary>
internal static class QueueMessageXml
{
    /// <summary>The largest message text, measured as its XML-escaped UTF-8 bytes: 64 KiB.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    private static readonly XmlWriterSettings TextSettings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        CheckCharacters = true,
        NewLineHandling = NewLineHandling.Entitize, // Keep '\r' as sent; XML parsers would otherwise normalise it away.
    };

    /// <summary>The request body for <paramref name="messageText"/>.</summary>
    /// <exception cref="ArgumentException">The text has characters XML cannot carry, or is over 64 KiB escaped.</exception>
    public static byte[] CreateBody(string messageText, string parameterName)
    {
        var escaped = new StringBuilder(messageText.Length + 16);
        try
        {
            using var writer = XmlWriter.Create(escaped, TextSettings);
            writer.WriteString(messageText);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(
                "The message text has characters XML cannot carry (control characters or lone surrogates); base64-encode such payloads.",
                parameterName, ex);
        }

        var text = escaped.ToString();
        var size = Encoding.UTF8.GetByteCount(text);
        if (size > MaxMessageBytes)
        {
            throw new ArgumentException(
                $"A queue message is at most {MaxMessageBytes} bytes of XML-escaped UTF-8; this one is {size}. Store the payload in a blob and enqueue its name.",
                parameterName);
        }

        return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessage><MessageText>" + text + "</MessageText></QueueMessage>");
    }

    /// <summary>The <c>QueueMessage</c> elements of a <c>QueueMessagesList</c> response.</summary>
    public static IEnumerable<XElement> ReadMessages(Response response, string operation) =>
        StorageXml.LoadRoot(response, "QueueMessagesList", operation).Elements("QueueMessage");

    public static string Text(XElement message, string name) => message.Element(name)?.Value ?? string.Empty;

    public static DateTimeOffset Date(XElement message, string name) =>
        StorageResponseHeaders.ParseDate(message.Element(name)?.Value) ?? default;

    public static long Count(XElement message) =>
        long.TryParse(message.Element("DequeueCount")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
}
