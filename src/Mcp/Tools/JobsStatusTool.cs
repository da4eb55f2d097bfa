using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.jobs.status</c>: a run's current state (<c>GET /api/v1/jobs/{run_id}</c>, scope <c>jobs:read</c>).</summary>
internal sealed class JobsStatusTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private static readonly ToolDefinition Definition = new(
        "jobforge.jobs.status",
        "Get a run's status",
        "Returns a run's current state: status, steps (status, attempts, duration, failure) and timestamps (scope jobs:read). " +
        "With include_outputs, each step's outputs too (bounded and redacted).",
        new JsonObject
        {
            ["run_id"] = ToolSchemas.String("The run id."),
            ["tenant_id"] = ToolSchemas.String("The tenant (needed only by all-tenant keys)."),
            ["include_outputs"] = ToolSchemas.Boolean("Include each step's outputs."),
        },
        ["run_id"],
        ToolSchemas.Output(McpJsonContext.Default.Run),
        ReadOnly: true);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var run = await client.Jobs.GetAsync(
            arguments.RequiredString("run_id"), arguments.String("tenant_id"), arguments.Boolean("include_outputs") ?? false, cancellationToken).ConfigureAwait(false);
        return AsObject(run, McpJsonContext.Default.Run);
    }
}
