using System.Collections.Concurrent;
using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;

namespace JobForge.Functions.Runs;

/// <summary>
/// Plans a run from its template snapshot and the defaults carried in the orchestration input (never from live
/// configuration, so a replay plans exactly what the first execution planned). Pure, cached per template version and
/// defaults; bounded like the engine's plan cache.
/// </summary>
public sealed class DurableRunPlans
{
    private const int MaxEntries = 1000;
    private readonly ConcurrentDictionary<string, (JobTemplate Template, RunPlan Plan)> _plans = new(StringComparer.Ordinal);

    /// <summary>The template and plan of <paramref name="run"/> (the run attached to the plan).</summary>
    /// <exception cref="InvalidOperationException">The snapshot is not a valid template (corruption: the run cannot execute).</exception>
    public (JobTemplate Template, RunPlan Plan) Get(Run run, RunPlanDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(defaults);
        var key = string.Join('|', run.TemplateKey, run.TemplateVersion, run.TemplateJson.Length, defaults.RunTimeout.Ticks, defaults.ApprovalTimeout.Ticks, defaults.MaxDeliveries, defaults.RequireApprovalForActionJobs);
        if (!_plans.TryGetValue(key, out var planned))
        {
            planned = Build(run.TemplateJson, defaults);
            if (_plans.Count >= MaxEntries)
            {
                _plans.Clear();
            }

            _plans[key] = planned;
        }

        return (planned.Template, planned.Plan with { Run = run });
    }

    private static (JobTemplate Template, RunPlan Plan) Build(string templateJson, RunPlanDefaults defaults)
    {
        using var document = JsonDocument.Parse(templateJson);
        var template = JobTemplateParser.Parse(document.RootElement.Clone()).Template
            ?? throw new InvalidOperationException("The run's template snapshot is not a valid template.");
        return (template, RunPlanner.Build(template, defaults));
    }
}
