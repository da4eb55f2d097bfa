using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;

namespace JobForge.Application.Steps.Handlers.PublishEvent;

public sealed partial class PublishEventStepHandler
{
    /// <summary>The envelope the step describes, built by the API's own parser, or the problems with <c>with</c>.</summary>
    private static (EventEnvelope? Envelope, IReadOnlyList<ValidationProblem> Problems) Parse(JsonElement inputs, StepContext context, DateTimeOffset now)
    {
        if (inputs.ValueKind != JsonValueKind.Object)
        {
            return (null, [new ValidationProblem("$", ValidationProblemCodes.WrongType, "with must be an object")]);
        }

        var problems = new List<ValidationProblem>();
        var body = new JsonObject();
        foreach (var property in inputs.EnumerateObject())
        {
            if (!s_fields.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add(new ValidationProblem("$." + property.Name, ValidationProblemCodes.UnknownField,
                    "unknown field; expected one of " + string.Join(", ", s_fields) + " (tenant, project, source app and ids come from the run)"));
            }
            else
            {
                body[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        body.TryAdd("payload", new JsonObject());
        body["tenant_id"] = context.TenantId;
        body["source_app"] = EventWireNames.ToWireName(SourceApp.JobForge);
        body["event_id"] = EventIdFor(context.TenantId, context.IdempotencyKey);
        if (context.ProjectId is { } project)
        {
            body["project_id"] = project;
        }

        if (!string.IsNullOrEmpty(context.TraceId))
        {
            body["trace_id"] = context.TraceId;
        }

        var parsed = EventEnvelopeParser.Parse(JsonSerializer.SerializeToElement(body), new EventRequestContext(now, new DerivedIds(context)));
        return parsed.IsValid ? (parsed.Envelope, []) : (null, parsed.Problems);
    }

    /// <summary>Ids for the parser: the derived event id, and the run id as the trace id when the step has none.</summary>
    private sealed class DerivedIds(StepContext context) : IIdGenerator
    {
        public string NewEventId() => EventIdFor(context.TenantId, context.IdempotencyKey);

        public string NewTraceId() => context.RunId;
    }
}
