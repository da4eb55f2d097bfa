using JobForge.Domain.Events;
using JobForge.Domain.Policy;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;

namespace JobForge.Application.Jobs;

/// <summary>The outcome of <see cref="JobSubmitter.SubmitAsync"/>, with the audit records to write in order.</summary>
public sealed record JobSubmitResult
{
    /// <summary>What happened.</summary>
    public required JobSubmitOutcome Outcome { get; init; }

    /// <summary>The audit records, in the order they were decided.</summary>
    public required IReadOnlyList<JobAuditEntry> Audit { get; init; }

    /// <summary>The run: new (queued or dry run) or the original (replayed, conflict).</summary>
    public Run? Run { get; init; }

    /// <summary>The template, once found.</summary>
    public JobTemplate? Template { get; init; }

    /// <summary>For <see cref="JobSubmitOutcome.FeatureDisabled"/>: the flag to set.</summary>
    public string? Flag { get; init; }

    /// <summary>For <see cref="JobSubmitOutcome.InputsInvalid"/>: the problems, with paths under <c>$.inputs</c>.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    /// <summary>For <see cref="JobSubmitOutcome.MissingScopes"/>.</summary>
    public IReadOnlyList<string> MissingScopes { get; init; } = [];

    /// <summary>For <see cref="JobSubmitOutcome.PolicyDenied"/>: the verifier's decision.</summary>
    public PolicyDecision? Policy { get; init; }

    /// <summary>Whether a run exists for the request (queued or replayed).</summary>
    public bool Accepted => Outcome is JobSubmitOutcome.Queued or JobSubmitOutcome.Replayed;
}
