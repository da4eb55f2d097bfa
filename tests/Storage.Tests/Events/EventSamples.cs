using System.Globalization;
using JobForge.Domain.Events;

namespace JobForge.Storage.Tests.Events;

/// <summary>Builds appends for the event store tests; times count from a fixed instant so order is deterministic.</summary>
internal static class EventSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static EventAppend Append(
        string tenantId,
        string eventId,
        bool clientId = true,
        DateTimeOffset? receivedAt = null,
        string eventType = "orders.created",
        string sourceApp = "settler",
        string? sourceModule = null,
        string? projectId = null,
        DateTimeOffset? expiresAt = null,
        string? document = null,
        DateTimeOffset? occurredAt = null)
    {
        var received = receivedAt ?? T0;
        var json = document ?? "{\"event_id\":\"" + eventId + "\",\"payload\":{\"n\":1}}";
        var stored = new StoredEvent(
            tenantId, eventId, eventType, sourceApp, sourceModule, projectId, "trace-" + eventId, clientId,
            received, expiresAt ?? received.AddDays(30), json) { OccurredAt = occurredAt ?? received };
        return new EventAppend(stored, new OutboxMessage(eventId, tenantId, eventType, sourceApp, "trace-" + eventId, "{\"body\":\"" + eventId + "\"}"));
    }

    public static string Id(string prefix, int i) => prefix + i.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>A JSON document of about <paramref name="bytes"/> UTF-8 bytes that compresses poorly (random base64).</summary>
    public static string LargeDocument(int bytes, int seed)
    {
        var random = new Random(seed);
        var raw = new byte[bytes * 3 / 4];
        random.NextBytes(raw);
        return "{\"blob\":\"" + Convert.ToBase64String(raw)[..(bytes - 12)] + "\"}";
    }

    public static EventListQuery Query(int limit = 100, string? cursor = null) => new() { Limit = limit, Cursor = cursor };
}
