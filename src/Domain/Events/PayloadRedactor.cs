using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobForge.Domain.Events;

/// <summary>
/// Applies an event's <c>redact_fields</c>: returns a copy of the payload with every addressed value (whatever its
/// type) replaced by <see cref="RedactedMarker"/>; everything else is copied unchanged. Pure and total on any element:
/// containers nested deeper than 64 levels are copied as <c>"[TRUNCATED]"</c>.
/// </summary>
public static class PayloadRedactor
{
    /// <summary>The value written in place of a redacted one.</summary>
    public const string RedactedMarker = "[REDACTED]";

    /// <summary>A copy of <paramref name="payload"/> with the values at <paramref name="redactFields"/> redacted.</summary>
    public static JsonElement Redact(JsonElement payload, IReadOnlyList<PayloadPath> redactFields) =>
        PayloadPaths.ReplaceAll(payload, redactFields, static _ => JsonValue.Create(RedactedMarker));

    /// <summary>The envelope's payload with its <c>redaction_hints.redact_fields</c> redacted.</summary>
    public static JsonElement Redact(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return Redact(envelope.Payload, envelope.RedactionHints?.RedactFields ?? []);
    }
}
