using System.Text.Json.Nodes;

namespace JobForge.Client;

/// <summary>A job request (<c>POST /api/v1/jobs</c>).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TemplateKey">The template key, e.g. <c>autopilot.ops.scan</c>.</param>
public sealed record JobRequest(string TenantId, string TemplateKey)
{
    /// <summary>The inputs (validated against the template's input schema).</summary>
    public JsonObject? Inputs { get; init; }

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The actor, if any.</summary>
    public string? ActorId { get; init; }

    /// <summary>A trace id to carry, if any.</summary>
    public string? TraceId { get; init; }

    /// <summary>Sent as <c>Idempotency-Key</c>: a repeat returns the original run.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The policy token an action job needs (sent as <c>X-JobForge-Policy-Token</c>; a secret, never logged).</summary>
    public string? PolicyToken { get; init; }

    internal JsonObject Body(bool dryRun)
    {
        var body = new JsonObject { ["tenant_id"] = TenantId, ["template_key"] = TemplateKey, ["inputs"] = Inputs?.DeepClone() ?? new JsonObject() };
        if (ProjectId is not null)
        {
            body["project_id"] = ProjectId;
        }

        if (ActorId is not null)
        {
            body["actor_id"] = ActorId;
        }

        if (TraceId is not null)
        {
            body["trace_id"] = TraceId;
        }

        if (dryRun)
        {
            body["dry_run"] = true;
        }

        return body;
    }

    internal List<KeyValuePair<string, string>> Headers()
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (IdempotencyKey is not null)
        {
            headers.Add(new("Idempotency-Key", IdempotencyKey));
        }

        if (PolicyToken is not null)
        {
            headers.Add(new("X-JobForge-Policy-Token", PolicyToken));
        }

        return headers;
    }
}
