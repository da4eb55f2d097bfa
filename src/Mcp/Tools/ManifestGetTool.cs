using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.artifacts.manifest.get</c>: a run's manifest (<c>GET /api/v1/runs/{run_id}/manifest</c>, scope <c>jobs:read</c>).</summary>
internal sealed class ManifestGetTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private static readonly ToolDefinition Definition = new(
        "jobforge.artifacts.manifest.get",
        "Get a run's manifest",
        "Returns a finished run's manifest, its evidence summary: inputs snapshot, logs, output artifacts with checksums, " +
        "metrics, environment fingerprint, tool versions, status and error (scope jobs:read; manifests must be enabled).",
        new JsonObject
        {
            ["run_id"] = ToolSchemas.String("The run id."),
            ["tenant_id"] = ToolSchemas.String("The tenant (needed only by all-tenant keys)."),
        },
        ["run_id"],
        ToolSchemas.Output(McpJsonContext.Default.RunManifest),
        ReadOnly: true);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var manifest = await client.Artifacts.GetManifestAsync(arguments.RequiredString("run_id"), arguments.String("tenant_id"), cancellationToken).ConfigureAwait(false);
        return AsObject(manifest, McpJsonContext.Default.RunManifest);
    }
}
