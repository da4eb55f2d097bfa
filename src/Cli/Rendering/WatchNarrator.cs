using JobForge.Client.Models;

namespace JobForge.Cli.Rendering;

/// <summary>
/// What changed between two states of a run, as lines a person reads while watching: the run's status, each step
/// starting, retrying (with the failure that caused it), waiting for approval, finishing (with attempt and duration).
/// Pure: the same two states give the same lines.
/// </summary>
internal static class WatchNarrator
{
    public static IReadOnlyList<string> Changes(Run? previous, Run current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var lines = new List<string>();
        if (previous is null || previous.Status != current.Status)
        {
            lines.Add(previous is null ? $"run {current.Status}" : $"run {previous.Status} -> {current.Status}");
        }

        foreach (var step in current.Steps)
        {
            var before = previous?.Steps.FirstOrDefault(s => s.Id == step.Id);
            if (before is not null && before.Status == step.Status && before.Attempts == step.Attempts)
            {
                continue;
            }

            if (before is null && step.Status == "pending")
            {
                continue;
            }

            lines.Add(Describe(step, current.RunId));
        }

        return lines;
    }

    /// <summary>The step that is running (or waiting) now, for the spinner's caption; null when none is.</summary>
    public static string? Activity(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var active = run.Steps.FirstOrDefault(s => s.Status is "running" or "compensating")
            ?? run.Steps.FirstOrDefault(s => s.Status is "waiting_to_retry" or "awaiting_approval" or "waiting");
        return active is null ? $"run {run.Status}" : $"step {active.Id} {active.Status.Replace('_', ' ')} (attempt {Math.Max(1, active.Attempts)})";
    }

    private static string Describe(RunStep step, string runId) => step.Status switch
    {
        "running" => $"step {step.Id} running (attempt {Math.Max(1, step.Attempts)})",
        "waiting_to_retry" => $"step {step.Id} will retry after attempt {step.Attempts}" + Failure(step),
        "awaiting_approval" => $"step {step.Id} awaiting approval: jobforge jobs approve {runId}  (or reject)",
        "waiting" => $"step {step.Id} waiting for its timer",
        "succeeded" or "compensated" => $"step {step.Id} {step.Status} after {Attempts(step)} in {Durations.FormatMs(step.DurationMs)}",
        "failed" or "compensation_failed" => $"step {step.Id} {step.Status} after {Attempts(step)} in {Durations.FormatMs(step.DurationMs)}" + Failure(step),
        _ => $"step {step.Id} {step.Status}",
    };

    private static string Attempts(RunStep step) => step.Attempts == 1 ? "1 attempt" : $"{step.Attempts} attempts";

    private static string Failure(RunStep step) => step.Failure is { } f ? $": {f.Type}: {f.Message}" : string.Empty;
}
