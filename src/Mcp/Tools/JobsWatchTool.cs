using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary>
/// <c>jobforge.jobs.watch</c>: waits for a run to finish (the live stream, with the client's polling fallback) and
/// returns its final state; after <c>timeout_seconds</c> it returns the latest state with <c>finished: false</c>.
/// </summary>
internal sealed class JobsWatchTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    /// <summary>The default wait.</summary>
    public const int DefaultTimeoutSeconds = 120;

    /// <summary>The longest wait a call may ask for.</summary>
    public const int MaxTimeoutSeconds = 900;

    private static readonly ToolDefinition Definition = new(
        "jobforge.jobs.watch",
        "Wait for a run to finish",
        "Waits until a run reaches a final status (succeeded, failed, cancelled, …) and returns it (scope jobs:read). " +
        $"If timeout_seconds (default {DefaultTimeoutSeconds}, at most {MaxTimeoutSeconds}) passes first, returns the run's latest state with finished=false; call again to keep waiting.",
        new JsonObject
        {
            ["run_id"] = ToolSchemas.String("The run id."),
            ["tenant_id"] = ToolSchemas.String("The tenant (needed only by all-tenant keys)."),
            ["timeout_seconds"] = ToolSchemas.Integer("How long to wait.", 1, MaxTimeoutSeconds),
        },
        ["run_id"],
        ToolSchemas.Output(McpJsonContext.Default.RunWatchResult),
        ReadOnly: true);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var runId = arguments.RequiredString("run_id");
        var tenantId = arguments.String("tenant_id");
        var timeout = TimeSpan.FromSeconds(arguments.Integer("timeout_seconds", 1, MaxTimeoutSeconds) ?? DefaultTimeoutSeconds);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        RunWatchResult result;
        try
        {
            result = new RunWatchResult(true, await client.Jobs.WaitForCompletionAsync(runId, tenantId, wait.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = new RunWatchResult(false, await client.Jobs.GetAsync(runId, tenantId, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        return AsObject(result, McpJsonContext.Default.RunWatchResult);
    }
}
