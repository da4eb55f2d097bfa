using System.Globalization;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Events;

/// <summary>
/// Writes an accepted envelope as snake_case JSON with a given payload: the stored document (encrypted fields already
/// encrypted) and the published message (also redacted) share this one shape.
/// </summary>
public static class EventDocumentWriter
{
    /// <summary>The envelope as JSON, with <paramref name="payload"/> in place of its payload.</summary>
    public static string Write(EventEnvelope envelope, JsonElement payload, DateTimeOffset receivedAt)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("event_id", envelope.EventId);
            json.WriteString("event_version", envelope.EventVersion);
            json.WriteString("schema_version", envelope.SchemaVersion);
            json.WriteString("event_type", envelope.EventType);
            json.WriteString("occurred_at", envelope.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("received_at", receivedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("trace_id", envelope.TraceId);
            WriteOptional(json, "actor_id", envelope.ActorId);
            json.WriteString("tenant_id", envelope.TenantId);
            WriteOptional(json, "project_id", envelope.ProjectId);
            json.WriteString("source_app", EventWireNames.ToWireName(envelope.SourceApp));
            if (envelope.SourceModule is { } module)
            {
                json.WriteString("source_module", EventWireNames.ToWireName(module));
            }

            if (envelope.Subject is { } subject)
            {
                json.WriteStartObject("subject");
                json.WriteString("type", subject.Type);
                json.WriteString("id", subject.Id);
                json.WriteEndObject();
            }

            json.WritePropertyName("payload");
            payload.WriteTo(json);
            json.WriteBoolean("contains_pii", envelope.ContainsPii);
            if (envelope.RedactionHints is { } hints)
            {
                json.WriteStartObject("redaction_hints");
                WritePaths(json, "redact_fields", hints.RedactFields);
                WritePaths(json, "encrypt_fields", hints.EncryptFields);
                if (hints.RetentionDays is { } days)
                {
                    json.WriteNumber("retention_days", days);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WritePaths(Utf8JsonWriter json, string name, IReadOnlyList<PayloadPath> paths)
    {
        json.WriteStartArray(name);
        foreach (var path in paths)
        {
            json.WriteStringValue(path.Text);
        }

        json.WriteEndArray();
    }
}
