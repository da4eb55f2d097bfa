namespace JobForge.Domain.Runs;

/// <summary>
/// One requested job. The template version is snapshotted (<see cref="TemplateJson"/>) so a run keeps the version it
/// started with, and the validated inputs (defaults filled) are kept as canonical JSON with their SHA-256.
/// </summary>
public sealed record Run
{
    /// <summary>The run id: <c>run_</c> plus a time-ordered UUID v7 (32 hex digits).</summary>
    public required string RunId { get; init; }

    /// <summary>The tenant the run belongs to.</summary>
    public required string TenantId { get; init; }

    /// <summary>The project, if the request named one.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The template key, e.g. <c>autopilot.ops.scan</c>.</summary>
    public required string TemplateKey { get; init; }

    /// <summary>The template version the run started with.</summary>
    public required string TemplateVersion { get; init; }

    /// <summary>The template version's JSON (as <see cref="Templates.JobTemplateJson"/> writes it).</summary>
    public required string TemplateJson { get; init; }

    /// <summary>The validated inputs with defaults filled, as canonical JSON (<see cref="CanonicalJson"/>).</summary>
    public required string InputsJson { get; init; }

    /// <summary>The SHA-256 of <see cref="InputsJson"/>'s UTF-8 bytes, as 64 lowercase hex digits.</summary>
    public required string InputsSha256 { get; init; }

    /// <summary>Where the run stands.</summary>
    public RunStatus Status { get; init; } = RunStatus.Queued;

    /// <summary>The trace id that follows the run through logs and events.</summary>
    public required string TraceId { get; init; }

    /// <summary>The actor the request named, if any.</summary>
    public string? ActorId { get; init; }

    /// <summary>When the run was requested.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>The API key id that requested the run (approvals by the same key are refused unless configured).</summary>
    public string? RequestedByKeyId { get; init; }

    /// <summary>The idempotency key, if the request gave one.</summary>
    public string? IdempotencyKey { get; init; }
}
