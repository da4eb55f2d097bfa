using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

/// <summary>One step of a dry run's plan.</summary>
/// <param name="Id">The step id.</param>
/// <param name="Uses">The handler kind.</param>
/// <param name="With">The handler inputs: with <c>${{ … }}</c> resolved when <paramref name="WithResolved"/>, else as the template writes them.</param>
/// <param name="DependsOn">The steps that finish first (declared and referenced).</param>
/// <param name="Retry">The retry policy, or null for the template default.</param>
/// <param name="Timeout">The timeout in effect (the step's, else the template default).</param>
/// <param name="RequiresApproval">Whether the step waits for an approval.</param>
/// <param name="Compensate">The step that undoes this one, if any.</param>
/// <param name="WithResolved">Whether every expression in <paramref name="With"/> could be resolved before the run (inputs and run fields only; never secrets or step outputs).</param>
public sealed record PlanStep(
    string Id,
    string Uses,
    JsonElement With,
    IReadOnlyList<string> DependsOn,
    StepRetry? Retry,
    TimeSpan Timeout,
    bool RequiresApproval,
    string? Compensate,
    bool WithResolved = false);
