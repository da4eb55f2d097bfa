using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.runs.artifacts</c>: a run's artifacts (<c>GET /api/v1/runs/{run_id}/artifacts</c>, scope <c>jobs:read</c>).</summary>
internal sealed class RunArtifactsTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private static readonly ToolDefinition Definition = new(
        "jobforge.runs.artifacts",
        "List a run's artifacts",
        "Lists a run's artifacts: name, type, size, checksum and media type (scope jobs:read).",
        new JsonObject
        {
            ["run_id"] = ToolSchemas.String("The run id."),
            ["tenant_id"] = ToolSchemas.String("The tenant (needed only by all-tenant keys)."),
        },
        ["run_id"],
        ToolSchemas.Output(McpJsonContext.Default.ArtifactList),
        ReadOnly: true);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var artifacts = await client.Artifacts.ListAsync(arguments.RequiredString("run_id"), arguments.String("tenant_id"), cancellationToken).ConfigureAwait(false);
        return AsObject(artifacts, McpJsonContext.Default.ArtifactList);
    }
}
