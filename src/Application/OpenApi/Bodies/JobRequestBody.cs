using System.Text.Json;

namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The body of <c>POST /api/v1/jobs</c> (documentation of what the handler reads; see docs/jobs.md).</summary>
public sealed class JobRequestBody
{
    /// <summary>The tenant; the key must cover it (required for all-tenant keys).</summary>
    public required string TenantId { get; init; }

    /// <summary>The template to run, e.g. <c>autopilot.ops.scan</c>.</summary>
    public required string TemplateKey { get; init; }

    /// <summary>The inputs, validated against the template's input schema (defaults filled).</summary>
    public JsonElement? Inputs { get; init; }

    /// <summary>Who the run acts for (policy tokens are checked against it).</summary>
    public string? ActorId { get; init; }

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Idempotency key (or the <c>Idempotency-Key</c> header): the same key returns the same run.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Check every gate and return the plan without running anything.</summary>
    public bool? DryRun { get; init; }
}
