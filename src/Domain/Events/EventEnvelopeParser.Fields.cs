using System.Text.Json;

namespace JobForge.Domain.Events;

/// <content>Readers for the scalar fields with their own rules: versions, event type, occurred_at, payload.</content>
public static partial class EventEnvelopeParser
{
    private static string? ReadEventVersion(JsonObjectFields fields)
    {
        if (!fields.TryGet(EventFieldNames.EventVersion, out _))
        {
            return EventEnvelope.CurrentEventVersion;
        }

        var value = fields.String(EventFieldNames.EventVersion, required: false);
        if (value is null or EventEnvelope.CurrentEventVersion)
        {
            return value;
        }

        fields.Problems.Add(fields.PathOf(EventFieldNames.EventVersion), ValidationProblemCodes.InvalidValue,
            $"unsupported event_version {JsonPathText.Quote(value)}; allowed values: {EventEnvelope.CurrentEventVersion}");
        return null;
    }

    private static string? ReadSchemaVersion(JsonObjectFields fields)
    {
        if (!fields.TryGet(EventFieldNames.SchemaVersion, out _))
        {
            return EventEnvelope.DefaultSchemaVersion;
        }

        var value = fields.String(EventFieldNames.SchemaVersion, required: false);
        if (value is null || string.Equals(value, EventEnvelope.DefaultSchemaVersion, StringComparison.Ordinal))
        {
            return value;
        }

        if (!SchemaVersionText.IsValid(value))
        {
            fields.Problems.Add(fields.PathOf(EventFieldNames.SchemaVersion), ValidationProblemCodes.InvalidFormat,
                $"schema_version {JsonPathText.Quote(value)} is not a semantic version such as 1.0.0");
            return null;
        }

        fields.Problems.Add(fields.PathOf(EventFieldNames.SchemaVersion), ValidationProblemCodes.InvalidValue,
            $"schema_version {JsonPathText.Quote(value)} is not supported: the envelope defines {EventEnvelope.DefaultSchemaVersion} only");
        return null;
    }

    private static string? ReadEventType(JsonObjectFields fields)
    {
        var value = fields.String(EventFieldNames.EventType, required: true);
        if (value is null || EventTypeName.IsValid(value))
        {
            return value;
        }

        var code = value.Length > EventTypeName.MaxLength ? ValidationProblemCodes.TooLong : ValidationProblemCodes.InvalidFormat;
        fields.Problems.Add(fields.PathOf(EventFieldNames.EventType), code,
            $"event_type {JsonPathText.Quote(value)} is not valid: {EventTypeName.RuleDescription}");
        return null;
    }

    private static DateTimeOffset? ReadOccurredAt(JsonObjectFields fields, DateTimeOffset now)
    {
        if (!fields.TryGet(EventFieldNames.OccurredAt, out _))
        {
            return now;
        }

        var value = fields.String(EventFieldNames.OccurredAt, required: false);
        if (value is null)
        {
            return null;
        }

        if (EventTimestamp.TryParse(value, out var occurredAt))
        {
            return occurredAt;
        }

        fields.Problems.Add(fields.PathOf(EventFieldNames.OccurredAt), ValidationProblemCodes.InvalidFormat,
            $"occurred_at {JsonPathText.Quote(value)} is not {EventTimestamp.RuleDescription}");
        return null;
    }

    private static JsonElement? ReadPayload(JsonObjectFields fields)
    {
        if (!fields.Require(EventFieldNames.Payload, out var payload)
            || !fields.ExpectKind(EventFieldNames.Payload, payload, JsonValueKind.Object, "a JSON object"))
        {
            return null;
        }

        PayloadValidator.Validate(payload, fields.PathOf(EventFieldNames.Payload), fields.Problems);
        return fields.Problems.HasProblems ? null : payload.Clone();
    }
}
