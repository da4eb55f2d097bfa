using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace JobForge.Application.Steps;

/// <summary>The step runner's instruments on the <c>JobForge.Steps</c> meter, tagged with the kind and outcome.</summary>
internal sealed class StepMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = Telemetry.JobForgeMetrics.StepsMeterName;

    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _duration;

    public StepMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _attempts = meter.CreateCounter<long>("jobforge.step.attempts", unit: "{attempt}", description: "Step attempts run, by kind and outcome.");
        _duration = meter.CreateHistogram<double>("jobforge.step.duration", unit: "ms", description: "Step attempt duration, by kind and outcome.");
    }

    public void Record(string kind, string outcome, long durationMs)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        _attempts.Add(1, tags);
        _duration.Record(durationMs, tags);
    }
}
