using System.Text.Json;
using Azure.Data.Tables;
using JobForge.Domain.Events;

namespace JobForge.Storage.Events;

/// <summary>
/// One outbox row for a whole committed batch (<c>p|{oldest received ticks:D19}|{guid}</c>): the messages of every
/// append in the batch whose body is inline, as one JSON array kept by <see cref="EventDocumentCodec"/> under the prefix
/// <c>Pack</c> (inline text, gzip chunks or a blob), with their count in <c>PackCount</c>. One row instead of one per
/// event is one entity written and one deleted per batch instead of per event. Per-event <c>o|</c> rows (written by
/// older versions, and still for bodies too large to inline) are read as before.
/// </summary>
internal static class OutboxPack
{
    public const string Prefix = "Pack";
    public const string CountProperty = "PackCount";

    public static string Json(IReadOnlyList<PendingAppend> packed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var pending in packed)
            {
                var message = pending.Append.Message;
                json.WriteStartObject();
                json.WriteString("id", message.EventId);
                json.WriteString("tenant", message.TenantId);
                json.WriteString("type", message.EventType);
                json.WriteString("source", message.SourceApp);
                json.WriteString("trace", message.TraceId);
                json.WriteNumber("received", pending.Append.Event.ReceivedAt.UtcTicks);
                json.WriteString("body", message.BodyJson);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static TableEntity Entity(string tenantId, string rowKey, int count, EncodedDocument document)
    {
        var entity = new TableEntity(tenantId, rowKey) { [CountProperty] = count };
        EventDocumentCodec.Apply(entity, Prefix, document);
        return entity;
    }

    public static bool IsPack(TableEntity row) => row.GetInt32(CountProperty) is not null;

    /// <exception cref="InvalidDataException">The pack is not readable.</exception>
    public static IReadOnlyList<(OutboxMessage Message, DateTimeOffset ReceivedAt)> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var messages = new List<(OutboxMessage, DateTimeOffset)>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            messages.Add((
                new OutboxMessage(Text(item, "id"), Text(item, "tenant"), Text(item, "type"), Text(item, "source"), Text(item, "trace"), Text(item, "body")),
                new DateTimeOffset(item.GetProperty("received").GetInt64(), TimeSpan.Zero)));
        }

        return messages;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.GetString() is { } text ? text : throw new InvalidDataException("An outbox pack entry has no " + name + ".");
}
