using System.Text.Json.Nodes;
using JobForge.Client;

namespace JobForge.Mcp.Tools;

/// <summary><c>jobforge.jobs.request</c>: requests a job run (<c>POST /api/v1/jobs</c>, scope <c>jobs:write</c> plus the template's scopes).</summary>
internal sealed class JobsRequestTool(IJobForgeClientSource clients) : JobForgeMcpTool(clients, Definition)
{
    private static readonly ToolDefinition Definition = new(
        "jobforge.jobs.request",
        "Request a job",
        "Requests a run of a job template for a tenant (scope jobs:write and the template's required scopes; the template " +
        "must be enabled for the tenant and the inputs must match its input schema). An action job also needs a policy " +
        "token (policy_token) minted for this tenant, template and actor. Returns the run id; follow it with " +
        "jobforge.jobs.status or jobforge.jobs.watch.",
        new JsonObject
        {
            ["tenant_id"] = ToolSchemas.String("The tenant."),
            ["template_key"] = ToolSchemas.String("The template key, e.g. autopilot.ops.scan (see jobforge.templates.list)."),
            ["inputs"] = ToolSchemas.Object("The inputs, validated against the template's input schema."),
            ["project_id"] = ToolSchemas.String("The project, if any."),
            ["actor_id"] = ToolSchemas.String("The actor on whose behalf the job runs (action jobs: the token's actor)."),
            ["trace_id"] = ToolSchemas.String("A trace id to carry."),
            ["idempotency_key"] = ToolSchemas.String("Sent as Idempotency-Key: a repeat returns the original run."),
            ["policy_token"] = ToolSchemas.String("The policy token an action job needs (a secret: never echoed or logged)."),
        },
        ["tenant_id", "template_key"],
        ToolSchemas.Output(McpJsonContext.Default.JobAccepted),
        ReadOnly: false);

    protected override async Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var request = new JobRequest(arguments.RequiredString("tenant_id"), arguments.RequiredString("template_key"))
        {
            Inputs = arguments.Object("inputs"),
            ProjectId = arguments.String("project_id"),
            ActorId = arguments.String("actor_id"),
            TraceId = arguments.String("trace_id"),
            IdempotencyKey = arguments.String("idempotency_key"),
            PolicyToken = arguments.String("policy_token"),
        };
        var accepted = await client.Jobs.RequestAsync(request, cancellationToken).ConfigureAwait(false);
        return AsObject(accepted, McpJsonContext.Default.JobAccepted);
    }
}
