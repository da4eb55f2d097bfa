using System.Text.Json;
using JobForge.Domain.Runs;

namespace JobForge.Application.Jobs;

/// <summary>A run as <c>GET /api/v1/jobs/{run_id}</c> shows it (the template snapshot stays in storage).</summary>
/// <param name="RunId">The run id.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="ProjectId">The project, if any.</param>
/// <param name="TemplateKey">The template key.</param>
/// <param name="TemplateVersion">The template version the run started with.</param>
/// <param name="Status">The status, e.g. <c>queued</c>.</param>
/// <param name="Inputs">The validated inputs.</param>
/// <param name="InputsSha256">The SHA-256 of the canonical inputs.</param>
/// <param name="TraceId">The trace id.</param>
/// <param name="ActorId">The actor, if any.</param>
/// <param name="RequestedAt">When it was requested.</param>
/// <param name="IdempotencyKey">The idempotency key, if any.</param>
public sealed record RunResponse(
    string RunId,
    string TenantId,
    string? ProjectId,
    string TemplateKey,
    string TemplateVersion,
    string Status,
    JsonElement Inputs,
    string InputsSha256,
    string TraceId,
    string? ActorId,
    DateTimeOffset RequestedAt,
    string? IdempotencyKey)
{
    /// <summary>When the engine started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Each step: status, attempts, timings, an outputs summary and its failure (empty before the run starts).</summary>
    public IReadOnlyList<RunStepResponse> Steps { get; init; } = [];

    /// <summary>What failed the run, if anything.</summary>
    public Domain.Steps.StepFailure? Failure { get; init; }

    /// <summary>Why a rollback ran (<c>failed</c>, <c>run_timeout</c>, <c>canceled</c>, <c>manual</c>).</summary>
    public string? RollbackReason { get; init; }

    /// <summary>The compensations that failed, for <c>rollback_failed</c>.</summary>
    public IReadOnlyList<Domain.Steps.StepFailure> RollbackFailures { get; init; } = [];

    /// <summary>The wire form of <paramref name="run"/> (no execution state).</summary>
    public static RunResponse From(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var inputs = JsonDocument.Parse(run.InputsJson);
        return new RunResponse(run.RunId, run.TenantId, run.ProjectId, run.TemplateKey, run.TemplateVersion,
            RunStatusNames.ToWireName(run.Status), inputs.RootElement.Clone(), run.InputsSha256, run.TraceId, run.ActorId,
            run.RequestedAt, run.IdempotencyKey);
    }

    /// <summary>The wire form of <paramref name="record"/>, with its steps.</summary>
    public static RunResponse From(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var response = From(record.Run) with { Status = RunStatusNames.ToWireName(record.Status) };
        return record.State is not { } state
            ? response
            : response with
            {
                StartedAt = state.StartedAt,
                FinishedAt = state.FinishedAt,
                Steps = state.Steps.Select(RunStepResponse.From).ToList(),
                Failure = state.Failure,
                RollbackReason = state.RollbackReason,
                RollbackFailures = state.RollbackFailures,
            };
    }
}
