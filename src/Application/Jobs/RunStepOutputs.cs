using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;

namespace JobForge.Application.Jobs;

/// <summary>
/// Step outputs for <c>GET /api/v1/jobs/{run_id}?include=outputs</c>, so a caller need not fetch one artifact per step.
/// Bounded: a step's outputs above <see cref="MaxStepBytes"/>, or past <see cref="MaxTotalBytes"/> for the run, are left
/// out and marked <c>outputs_truncated</c> (the step's outputs artifact has them whole). Secret values never reach
/// outputs (the step runner masks them); fields with sensitive names are redacted here as in the run log.
/// </summary>
internal static class RunStepOutputs
{
    /// <summary>The largest outputs of one step shown inline (64 KiB of UTF-8).</summary>
    public const int MaxStepBytes = 64 * 1024;

    /// <summary>The most outputs shown inline for a whole run (256 KiB of UTF-8).</summary>
    public const int MaxTotalBytes = 256 * 1024;

    public static RunResponse Include(RunResponse response, RunRecord record)
    {
        if (record.State is not { } state)
        {
            return response;
        }

        var budget = MaxTotalBytes;
        var steps = new List<RunStepResponse>(response.Steps.Count);
        for (var i = 0; i < response.Steps.Count; i++)
        {
            var step = response.Steps[i];
            var json = i < state.Steps.Count ? state.Steps[i].OutputsJson : null;
            if (json is null)
            {
                steps.Add(step);
                continue;
            }

            var bytes = Encoding.UTF8.GetByteCount(json);
            if (bytes > MaxStepBytes || bytes > budget)
            {
                steps.Add(step with { OutputsTruncated = true });
                continue;
            }

            budget -= bytes;
            using var document = JsonDocument.Parse(json);
            steps.Add(step with { Outputs = SensitiveFieldRedactor.Redact(document.RootElement) });
        }

        return response with { Steps = steps };
    }
}
