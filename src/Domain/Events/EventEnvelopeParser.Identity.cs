namespace JobForge.Domain.Events;

/// <content>The event id (idempotency key) and trace id rules.</content>
public static partial class EventEnvelopeParser
{
    /// <summary>
    /// The client's idempotency key: the body's <c>event_id</c> or the <c>Idempotency-Key</c> header, which must agree
    /// when both are given. <see langword="null"/> when neither is given (an id is generated later) or either is invalid.
    /// </summary>
    private static string? ReadEventId(JsonObjectFields fields, string? header)
    {
        var hasBody = fields.TryGet(EventFieldNames.EventId, out _);
        var body = fields.Identifier(EventFieldNames.EventId, StorageSafeId.MaxEventIdLength, required: false);
        var headerValid = header is not null && JsonObjectFields.CheckIdentifier(
            fields.Problems, EventRequestContext.IdempotencyKeyHeaderPath, "Idempotency-Key", header, StorageSafeId.MaxEventIdLength);

        if (body is not null && headerValid && !string.Equals(body, header, StringComparison.Ordinal))
        {
            fields.Problems.Add(fields.PathOf(EventFieldNames.EventId), ValidationProblemCodes.Conflict,
                "'event_id' differs from the Idempotency-Key header; send one, or the same value in both");
            return null;
        }

        return body ?? (hasBody || !headerValid ? null : header);
    }

    /// <summary>The body's trace id, else the <c>traceparent</c> header's, else a generated one.</summary>
    private static (string TraceId, TraceIdSource Origin) ResolveTraceId(string? bodyTraceId, EventRequestContext context)
    {
        if (bodyTraceId is not null)
        {
            return (bodyTraceId, TraceIdSource.Body);
        }

        return TraceParent.TryGetTraceId(context.TraceParentHeader, out var fromHeader)
            ? (fromHeader, TraceIdSource.TraceParentHeader)
            : (context.IdGenerator.NewTraceId(), TraceIdSource.Generated);
    }
}
