using System.Buffers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;
using Azure.Storage.Queues;

namespace JobForge.Storage.Publishing;

/// <summary>
/// The queue message text of one published event:
/// <c>{"message_id": …, "application_properties": {"tenant_id", "event_type", "source_app", "trace_id"},
/// "content_type": "application/json", "body": {…}}</c>; a body too large for a 64 KiB queue message is replaced by
/// <c>"body_blob": {"container": …, "name": …}</c>, the blob holding the body JSON.
/// </summary>
public static class StorageQueueEventMessage
{
    /// <summary>The largest message text kept inline, leaving headroom under the queue's 64 KiB for XML escaping.</summary>
    public const int MaxInlineBytes = (64 * 1024) - 1024;

    /// <summary>The wrapper with the body inline.</summary>
    /// <exception cref="ArgumentException">The body is not JSON.</exception>
    public static string Inline(OutboxMessage message) => Write(message, w =>
    {
        w.WritePropertyName("body");
        try
        {
            w.WriteRawValue(message.BodyJson);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The body of event '{message.EventId}' is not JSON.", nameof(message), ex);
        }
    });

    /// <summary>The wrapper pointing at the body in blob <paramref name="blobName"/> of <paramref name="container"/>.</summary>
    public static string Overflow(OutboxMessage message, string container, string blobName) => Write(message, w =>
    {
        w.WriteStartObject("body_blob");
        w.WriteString("container", container);
        w.WriteString("name", blobName);
        w.WriteEndObject();
    });

    /// <summary>Whether <paramref name="text"/> fits in one queue message once XML-escaped (with headroom).</summary>
    public static bool FitsInline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaping = 0;
        foreach (var c in text)
        {
            escaping += c switch { '&' or '\r' => 4, '<' or '>' => 3, _ => 0 };
        }

        return Encoding.UTF8.GetByteCount(text) + escaping <= MaxInlineBytes;
    }

    /// <summary>The blob name of an overflowing body: <c>{tenant}/{event id}.json</c>, each part percent-encoded.</summary>
    public static string BlobName(OutboxMessage message) =>
        Uri.EscapeDataString(message.TenantId) + "/" + Uri.EscapeDataString(message.EventId) + ".json";

    private static string Write(OutboxMessage message, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = new ArrayBufferWriter<byte>(message.BodyJson.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("message_id", message.EventId);
            writer.WriteStartObject("application_properties");
            writer.WriteString(EventPublishingProperties.TenantId, message.TenantId);
            writer.WriteString(EventPublishingProperties.EventType, message.EventType);
            writer.WriteString(EventPublishingProperties.SourceApp, message.SourceApp);
            writer.WriteString(EventPublishingProperties.TraceId, message.TraceId);
            writer.WriteEndObject();
            writer.WriteString("content_type", "application/json");
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
