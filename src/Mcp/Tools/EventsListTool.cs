using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.events.list</c>: one page of a tenant's events, newest first (<c>GET /api/v1/events</c>, scope <c>events:read</c>).</summary>
internal sealed class EventsListTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private static readonly string[] Filters = ["tenant_id", "event_type", "source_app", "source_module", "project_id", "since", "until", "received_since", "received_until"];

    private static readonly ToolDefinition Definition = new(
        "jobforge.events.list",
        "List events",
        "Lists one page of a tenant's events, newest first (scope events:read; encrypted fields only with events:pii). " +
        "Pass next_cursor back as cursor for the next page.",
        new JsonObject
        {
            ["tenant_id"] = ToolSchemas.String("The tenant (defaults to the key's tenant)."),
            ["event_type"] = ToolSchemas.String("Only this event type."),
            ["source_app"] = ToolSchemas.String("Only this source application."),
            ["source_module"] = ToolSchemas.String("Only this module."),
            ["project_id"] = ToolSchemas.String("Only this project."),
            ["since"] = ToolSchemas.String("Only events that occurred at or after this instant (RFC 3339)."),
            ["until"] = ToolSchemas.String("Only events that occurred before this instant (RFC 3339)."),
            ["received_since"] = ToolSchemas.String("Only events received at or after this instant (RFC 3339)."),
            ["received_until"] = ToolSchemas.String("Only events received before this instant (RFC 3339)."),
            ["limit"] = ToolSchemas.Integer("Page size.", 1, 1000),
            ["cursor"] = ToolSchemas.String("The next_cursor of a previous page."),
        },
        [],
        ToolSchemas.Output(McpJsonContext.Default.EventPage),
        ReadOnly: true);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Filters)
        {
            if (arguments.String(name) is { } value)
            {
                filters[name] = value;
            }
        }

        if (arguments.Integer("limit", 1, 1000) is { } limit)
        {
            filters["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var page = await client.Events.ListPageAsync(filters, arguments.String("cursor"), cancellationToken).ConfigureAwait(false);
        return AsObject(page, McpJsonContext.Default.EventPage);
    }
}
