using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;

namespace JobForge.Application.Jobs;

/// <summary>One planned step on the wire (durations in the template's short form, e.g. <c>5m</c>).</summary>
/// <param name="Id">The step id.</param>
/// <param name="Uses">The handler kind.</param>
/// <param name="With">The handler inputs as written in the template.</param>
/// <param name="DependsOn">The steps that finish first.</param>
/// <param name="Retry">The retry policy, or null for the template default.</param>
/// <param name="Timeout">The timeout in effect.</param>
/// <param name="RequiresApproval">Whether the step waits for an approval.</param>
/// <param name="Compensate">The step that undoes this one, if any.</param>
/// <param name="WithResolved">Whether <paramref name="With"/> has its expressions resolved (else it is the template's raw text).</param>
public sealed record PlanStepResponse(
    string Id,
    string Uses,
    JsonElement With,
    IReadOnlyList<string> DependsOn,
    PlanRetryResponse? Retry,
    string Timeout,
    bool RequiresApproval,
    string? Compensate,
    bool WithResolved)
{
    /// <summary>The wire form of <paramref name="step"/>.</summary>
    public static PlanStepResponse From(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var retry = step.Retry is { } r
            ? new PlanRetryResponse(r.MaxAttempts, TemplateDuration.Format(r.FirstInterval), r.Backoff, TemplateDuration.Format(r.MaxInterval))
            : null;
        var with = step.With.ValueKind == JsonValueKind.Undefined ? JsonDocument.Parse("{}").RootElement.Clone() : step.With;
        return new PlanStepResponse(step.Id, step.Uses, with, step.DependsOn, retry, TemplateDuration.Format(step.Timeout),
            step.RequiresApproval, step.Compensate, step.WithResolved);
    }
}
