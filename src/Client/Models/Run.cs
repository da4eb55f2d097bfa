using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>A run as <c>GET /api/v1/jobs/{run_id}</c> (and each stream event) shows it.</summary>
public sealed record Run
{
    /// <summary>The run id.</summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The template key.</summary>
    public string TemplateKey { get; init; } = string.Empty;

    /// <summary>The template version.</summary>
    public string TemplateVersion { get; init; } = string.Empty;

    /// <summary>The status, e.g. queued or succeeded.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The validated inputs.</summary>
    public JsonElement Inputs { get; init; }

    /// <summary>The SHA-256 of the canonical inputs.</summary>
    public string InputsSha256 { get; init; } = string.Empty;

    /// <summary>The trace id.</summary>
    public string TraceId { get; init; } = string.Empty;

    /// <summary>The actor, if any.</summary>
    public string? ActorId { get; init; }

    /// <summary>When it was requested.</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>The idempotency key, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The steps.</summary>
    public IReadOnlyList<RunStep> Steps { get; init; } = [];

    /// <summary>What failed the run, if anything.</summary>
    public StepFailure? Failure { get; init; }

    /// <summary>Why a rollback ran.</summary>
    public string? RollbackReason { get; init; }

    /// <summary>The compensations that failed.</summary>
    public IReadOnlyList<StepFailure> RollbackFailures { get; init; } = [];
}
