using System.Text.Json;
using JobForge.Domain.Runs;

namespace JobForge.Application.Runs;

/// <summary>
/// The run log (one JSON object per line) derived from the final state, so it is complete even when the run moved
/// between servers: one line per step (status, attempts, duration, failure type and message) and one for the run.
/// Inputs and outputs are not logged; failure messages carry no secrets by contract. Lines are in time order, and for
/// a finished run the log depends on its state only (never on the clock), so writing it again writes the same bytes.
/// </summary>
internal static class RunLogLines
{
    public static IReadOnlyList<string> From(Run run, RunState state, DateTimeOffset now)
    {
        var lines = new List<string>
        {
            JsonSerializer.Serialize(new { ts = state.StartedAt ?? run.RequestedAt, level = "info", @event = "run.started", run_id = run.RunId, template_key = run.TemplateKey, template_version = run.TemplateVersion }),
        };
        var fallback = state.FinishedAt ?? now; // a step skipped or canceled without a time of its own
        var steps = state.Steps
            .Where(step => step.Attempt > 0 || step.Status != StepStatus.Pending)
            .Select(step => (Step: step, At: step.FinishedAt ?? step.StartedAt ?? fallback))
            .OrderBy(entry => entry.At); // stable: plan order among steps of the same instant
        foreach (var (step, at) in steps)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                ts = at,
                level = step.Failure is null ? "info" : "warn",
                @event = "step." + StepStatusNames.ToWireName(step.Status),
                step_id = step.StepId,
                uses = step.Uses,
                attempts = step.Attempt,
                duration_ms = step.DurationMs,
                failure_type = step.Failure?.Type,
                failure_message = step.Failure?.Message,
                compensation_failure_type = step.CompensationFailure?.Type,
            }));
        }

        lines.Add(JsonSerializer.Serialize(new
        {
            ts = state.FinishedAt ?? now,
            level = state.Failure is null ? "info" : "error",
            @event = "run." + RunStatusNames.ToWireName(state.Status),
            run_id = run.RunId,
            failure_type = state.Failure?.Type,
            failure_message = state.Failure?.Message,
        }));
        return lines;
    }
}
