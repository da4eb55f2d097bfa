using System.Collections.Concurrent;
using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>
/// Parses a run's template snapshot and plans it once per template version (key, version and snapshot length), since
/// versions are immutable. Bounded: cleared when it holds more than 1,000 plans.
/// </summary>
internal sealed class RunPlanCache(IOptions<RunEngineOptions> options)
{
    private const int MaxEntries = 1000;
    private readonly ConcurrentDictionary<string, (JobTemplate Template, RunPlan Plan)> _plans = new(StringComparer.Ordinal);

    /// <summary>The template and plan of <paramref name="run"/>; null when its snapshot cannot be read (a bug or corruption).</summary>
    public (JobTemplate Template, RunPlan Plan)? Get(Run run)
    {
        var key = run.TemplateKey + "@" + run.TemplateVersion + "#" + run.TemplateJson.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_plans.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Build(run.TemplateJson) is not { } built)
        {
            return null;
        }

        if (_plans.Count >= MaxEntries)
        {
            _plans.Clear();
        }

        _plans[key] = built;
        return built;
    }

    /// <summary>
    /// Parses and plans <paramref name="templateJson"/> without the cache (for replay bundles from elsewhere, whose
    /// template may differ under a known key and version); null when it is not a valid template.
    /// </summary>
    public (JobTemplate Template, RunPlan Plan)? Build(string templateJson)
    {
        JobTemplate? template;
        try
        {
            using var document = JsonDocument.Parse(templateJson);
            template = JobTemplateParser.Parse(document.RootElement.Clone()).Template;
        }
        catch (JsonException)
        {
            return null;
        }

        if (template is null)
        {
            return null;
        }

        var value = options.Value;
        return (template, RunPlanner.Build(template, new RunPlanDefaults
        {
            RunTimeout = value.RunTimeout,
            ApprovalTimeout = value.ApprovalTimeout,
            MaxDeliveries = value.MaxDeliveries,
        }));
    }
}
