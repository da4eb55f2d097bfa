using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.templates.list</c>: the job templates of a tenant (<c>GET /api/v1/templates</c>, scope <c>jobs:read</c> or <c>templates:admin</c>).</summary>
internal sealed class TemplatesListTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private static readonly ToolDefinition Definition = new(
        "jobforge.templates.list",
        "List job templates",
        "Lists the job templates a tenant can see (scope jobs:read or templates:admin): key, name, category, version, whether it is an action job (needs a " +
        "policy token), its required scopes and whether it is enabled for the tenant.",
        new JsonObject
        {
            ["tenant_id"] = ToolSchemas.String("The tenant (defaults to the key's tenant)."),
        },
        [],
        ToolSchemas.Output(McpJsonContext.Default.TemplateList),
        ReadOnly: true);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var templates = await client.Templates.ListAsync(arguments.String("tenant_id"), cancellationToken).ConfigureAwait(false);
        return AsObject(templates, McpJsonContext.Default.TemplateList);
    }
}
