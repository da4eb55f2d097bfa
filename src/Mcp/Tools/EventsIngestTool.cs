using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.events.ingest</c>: submits one event (<c>POST /api/v1/events</c>, scope <c>events:write</c>).</summary>
internal sealed class EventsIngestTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private const string IdempotencyKey = "idempotency_key";

    private static readonly ToolDefinition Definition = new(
        "jobforge.events.ingest",
        "Ingest an event",
        "Submits one event to JobForge's event log (scope events:write). The arguments are the event envelope; the server " +
        "validates it exactly as over HTTP. A repeated idempotency_key (or event_id) returns the original receipt with duplicate=true.",
        new JsonObject
        {
            ["tenant_id"] = ToolSchemas.String("The tenant."),
            ["event_type"] = ToolSchemas.String("The event type, e.g. ops.alert.raised."),
            ["source_app"] = ToolSchemas.Enum("The application that emitted it.", "settler", "aias", "keys", "readylayer", "jobforge", "external"),
            ["source_module"] = ToolSchemas.Enum("The module, if any.", "ops", "support", "growth", "finops", "core"),
            ["payload"] = ToolSchemas.Object("The event's payload (a JSON object)."),
            ["project_id"] = ToolSchemas.String("The project, if any."),
            ["actor_id"] = ToolSchemas.String("Who caused it, if known."),
            ["trace_id"] = ToolSchemas.String("A trace id to carry."),
            ["occurred_at"] = ToolSchemas.String("When it happened (RFC 3339); default now."),
            ["event_id"] = ToolSchemas.String("A client-chosen event id (deduplicates)."),
            ["event_version"] = ToolSchemas.String("The envelope version."),
            ["schema_version"] = ToolSchemas.String("The payload schema version."),
            ["subject"] = ToolSchemas.Object("What it is about: {type, id}."),
            ["contains_pii"] = ToolSchemas.Boolean("Whether the payload holds personal data."),
            ["redaction_hints"] = ToolSchemas.Object("{redact_fields, encrypt_fields, retention_days}."),
            [IdempotencyKey] = ToolSchemas.String("Sent as Idempotency-Key: a repeat returns the original receipt."),
        },
        ["tenant_id", "event_type", "source_app", "payload"],
        ToolSchemas.Output(McpJsonContext.Default.EventReceipt),
        ReadOnly: false);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        // The envelope is the server's to validate (every problem at once, as over HTTP); only the key is read here.
        var idempotencyKey = arguments.String(IdempotencyKey);
        var @event = new JsonObject();
        foreach (var (name, value) in arguments.Present.Where(pair => pair.Key != IdempotencyKey))
        {
            @event[name] = JsonNode.Parse(value.GetRawText());
        }

        var receipt = await client.Events.SubmitAsync(@event, idempotencyKey, cancellationToken).ConfigureAwait(false);
        return AsObject(receipt, McpJsonContext.Default.EventReceipt);
    }
}
