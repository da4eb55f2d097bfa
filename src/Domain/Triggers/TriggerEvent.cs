using System.Text.Json;

namespace JobForge.Domain.Triggers;

/// <summary>What an event trigger is evaluated against: an accepted event's envelope (as published).</summary>
/// <param name="EventId">The event id.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="EventType">The event type.</param>
/// <param name="SourceApp">The source app.</param>
/// <param name="SourceModule">The source module, if any.</param>
/// <param name="Envelope">The whole envelope (for <c>${{ event.* }}</c> and the payload thresholds).</param>
public sealed record TriggerEvent(string EventId, string TenantId, string EventType, string SourceApp, string? SourceModule, JsonElement Envelope)
{
    /// <summary>Reads the fields from an envelope object; null when it is not an object with the required string fields.</summary>
    public static TriggerEvent? FromEnvelope(JsonElement envelope)
    {
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = Text(envelope, "event_id");
        var tenant = Text(envelope, "tenant_id");
        var type = Text(envelope, "event_type");
        var source = Text(envelope, "source_app");
        return id is null || tenant is null || type is null || source is null
            ? null
            : new TriggerEvent(id, tenant, type, source, Text(envelope, "source_module"), envelope);
    }

    /// <summary>The string at <c>payload.{name}</c>, if any.</summary>
    public string? PayloadText(string name) =>
        Envelope.ValueKind == JsonValueKind.Object && Envelope.TryGetProperty("payload", out var payload) ? Text(payload, name) : null;

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
