using System.Diagnostics.Metrics;

namespace JobForge.Application.Telemetry;

/// <summary>
/// JobForge's counters and histograms on the <c>JobForge</c> <see cref="Meter"/> (step attempts and durations are on
/// <c>JobForge.Steps</c>, see <see cref="Steps.StepRunner"/>). Tags are low-cardinality codes only: never tenant or run ids.
/// </summary>
public static class JobForgeMetrics
{
    /// <summary>The meter name (add it to a meter provider).</summary>
    public const string MeterName = "JobForge";

    /// <summary>The step runner's meter (<see cref="Steps.StepMetrics"/>).</summary>
    public const string StepsMeterName = "JobForge.Steps";

    private static readonly Meter s_meter = new(MeterName);
    private static readonly Counter<long> s_runsFinished = s_meter.CreateCounter<long>(
        "jobforge.runs.finished", unit: "{run}", description: "Runs that reached a terminal status, by status.");
    private static readonly Counter<long> s_jobRequests = s_meter.CreateCounter<long>(
        "jobforge.job_requests", unit: "{request}", description: "Job requests (HTTP and triggers), by outcome.");
    private static readonly Counter<long> s_eventsIngested = s_meter.CreateCounter<long>(
        "jobforge.events.ingested", unit: "{event}", description: "Events accepted and stored.");
    private static readonly Counter<long> s_eventsDeduplicated = s_meter.CreateCounter<long>(
        "jobforge.events.deduplicated", unit: "{event}", description: "Events answered with the original's receipt (duplicates).");
    private static readonly Counter<long> s_triggerDecisions = s_meter.CreateCounter<long>(
        "jobforge.trigger.decisions", unit: "{decision}", description: "Trigger evaluations, by decision code.");
    private static readonly Counter<long> s_admissionRefused = s_meter.CreateCounter<long>(
        "jobforge.admission.refused", unit: "{request}", description: "Requests refused with 503 overloaded, by reason.");
    private static readonly Histogram<double> s_outboxLag = s_meter.CreateHistogram<double>(
        "jobforge.outbox.lag", unit: "s", description: "From an event's acceptance to its publication.");

    /// <summary>A run finished with <paramref name="status"/> (its wire name).</summary>
    public static void RunFinished(string status) => s_runsFinished.Add(1, new KeyValuePair<string, object?>(Attributes.Outcome, status));

    /// <summary>A job request ended with <paramref name="outcome"/>.</summary>
    public static void JobRequested(string outcome) => s_jobRequests.Add(1, new KeyValuePair<string, object?>(Attributes.Outcome, outcome));

    /// <summary>Admission refused a request for <paramref name="reason"/> (<see cref="Domain.Admission.AdmissionRefusal"/>).</summary>
    public static void AdmissionRefused(string reason) => s_admissionRefused.Add(1, new KeyValuePair<string, object?>(Attributes.Outcome, reason));

    /// <summary>An event was ingested (or recognised as a duplicate).</summary>
    public static void EventIngested(bool duplicate)
    {
        if (duplicate)
        {
            s_eventsDeduplicated.Add(1);
        }
        else
        {
            s_eventsIngested.Add(1);
        }
    }

    /// <summary>A trigger evaluation decided <paramref name="code"/>.</summary>
    public static void TriggerDecided(string code) => s_triggerDecisions.Add(1, new KeyValuePair<string, object?>(Attributes.Outcome, code));

    /// <summary>Entries accepted at <paramref name="acceptedAt"/> were published at <paramref name="now"/>.</summary>
    public static void OutboxPublished(IEnumerable<DateTimeOffset> acceptedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(acceptedAt);
        foreach (var at in acceptedAt)
        {
            s_outboxLag.Record(Math.Max(0, (now - at).TotalSeconds));
        }
    }
}
