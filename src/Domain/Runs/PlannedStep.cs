using System.Text.Json;

namespace JobForge.Domain.Runs;

/// <summary>One step of a <see cref="RunPlan"/> with its defaults resolved.</summary>
/// <param name="Id">The step id.</param>
/// <param name="Uses">The handler kind.</param>
/// <param name="With">The raw <c>with</c> object (expressions unresolved).</param>
/// <param name="Retry">The retry policy in effect.</param>
/// <param name="Timeout">The attempt timeout in effect.</param>
/// <param name="RequiresApproval">Whether the step waits for an approval before it runs.</param>
/// <param name="CompensateStepId">The step that undoes this one, if any.</param>
public sealed record PlannedStep(
    string Id,
    string Uses,
    JsonElement With,
    RetryPolicy Retry,
    TimeSpan Timeout,
    bool RequiresApproval,
    string? CompensateStepId);
