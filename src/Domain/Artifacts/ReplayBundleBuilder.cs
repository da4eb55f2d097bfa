using System.Text.Json;
using JobForge.Domain.Runs;

namespace JobForge.Domain.Artifacts;

/// <summary>Builds the <see cref="ReplayBundle"/> of a run from its snapshot and state. Pure.</summary>
public static class ReplayBundleBuilder
{
    /// <summary>The bundle of <paramref name="run"/> as <paramref name="state"/> leaves it.</summary>
    public static ReplayBundle Build(Run run, RunState state, ReplayProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        return new ReplayBundle
        {
            BundleVersion = ReplayBundle.CurrentVersion,
            RunId = run.RunId,
            TenantId = run.TenantId,
            Template = new ReplayTemplate(run.TemplateKey, run.TemplateVersion, run.TemplateJson, CanonicalJson.Sha256Hex(run.TemplateJson)),
            Inputs = new ReplayInputs(run.InputsJson, CanonicalJson.Sha256Hex(run.InputsJson)),
            Provenance = provenance with { Settings = new SortedDictionary<string, string>(provenance.Settings.ToDictionary(), StringComparer.Ordinal) },
            Steps = [.. state.Steps.Select(StepOf)],
            Status = RunStatusNames.ToWireName(state.Status),
        };
    }

    /// <summary>The wire name of a step status, e.g. <c>waiting_to_retry</c>.</summary>
    public static string StepStatusName(StepStatus status) => StepStatusNames.ToWireName(status);

    private static ReplayStep StepOf(StepState step) =>
        new(step.StepId, step.Uses, StepStatusName(step.Status), step.Attempt, OutputsOf(step.OutputsJson));

    private static JsonElement? OutputsOf(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
