using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>
/// Validates a request body against the event envelope contract and builds an <see cref="EventEnvelope"/>.
/// </summary>
/// <remarks>
/// <para>
/// The parser is total: for any <see cref="JsonElement"/> (parse bodies with
/// <c>new JsonDocumentOptions { MaxDepth = PayloadLimits.DocumentMaxDepth }</c>) it returns a result and never throws,
/// and it reports every problem at once (up to <see cref="ValidationProblemCodes.ProblemLimit"/>), each with its path.
/// </para>
/// <para>
/// Rules: unknown top-level fields are rejected (with a "did you mean" hint); a property name repeated in any object of
/// the body is rejected; JSON <c>null</c> means "absent" for optional fields and "missing" for required ones.
/// Ids come from <see cref="EventRequestContext.IdGenerator"/> only once the request is known to be valid.
/// </para>
/// </remarks>
public static partial class EventEnvelopeParser
{
    /// <summary>Validates <paramref name="body"/> and returns the envelope or every problem found.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null (a programming error, not bad input).</exception>
    public static EventParseResult Parse(JsonElement body, EventRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new ProblemCollector();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", ValidationProblemCodes.WrongType,
                $"the body must be a JSON object, not {JsonPathText.Describe(body.ValueKind)}");
            return EventParseResult.Failure(problems.ToList());
        }

        var fields = JsonObjectFields.Read(body, "$", EventFieldNames.Envelope, problems);
        var eventVersion = ReadEventVersion(fields);
        var schemaVersion = ReadSchemaVersion(fields);
        var eventType = ReadEventType(fields);
        var occurredAt = ReadOccurredAt(fields, context.Now);
        var tenantId = fields.Identifier(EventFieldNames.TenantId, StorageSafeId.MaxScopeIdLength, required: true);
        var projectId = fields.Identifier(EventFieldNames.ProjectId, StorageSafeId.MaxScopeIdLength, required: false);
        var actorId = fields.Identifier(EventFieldNames.ActorId, StorageSafeId.MaxActorOrTraceIdLength, required: false);
        var sourceApp = fields.WireEnum(EventFieldNames.SourceApp, EventWireNames.SourceApps, required: true);
        var sourceModule = fields.WireEnum(EventFieldNames.SourceModule, EventWireNames.SourceModules, required: false);
        var subject = ReadSubject(fields);
        var payload = ReadPayload(fields);
        var containsPii = fields.Boolean(EventFieldNames.ContainsPii) ?? false;
        var hints = ReadRedactionHints(fields);
        var eventId = ReadEventId(fields, context.IdempotencyKeyHeader);
        var traceId = fields.Identifier(EventFieldNames.TraceId, StorageSafeId.MaxActorOrTraceIdLength, required: false);

        if (problems.HasProblems)
        {
            return EventParseResult.Failure(problems.ToList());
        }

        var (resolvedTraceId, traceOrigin) = ResolveTraceId(traceId, context);
        return EventParseResult.Success(new EventEnvelope
        {
            EventId = eventId ?? context.IdGenerator.NewEventId(),
            IsClientSuppliedEventId = eventId is not null,
            EventVersion = eventVersion!,
            SchemaVersion = schemaVersion!,
            EventType = eventType!,
            OccurredAt = occurredAt!.Value,
            TraceId = resolvedTraceId,
            TraceIdOrigin = traceOrigin,
            ActorId = actorId,
            TenantId = tenantId!,
            ProjectId = projectId,
            SourceApp = (SourceApp)sourceApp!.Value,
            SourceModule = (SourceModule?)sourceModule,
            Subject = subject,
            Payload = payload!.Value,
            ContainsPii = containsPii,
            RedactionHints = hints,
        });
    }
}
