using System.Diagnostics;

namespace JobForge.Application.Telemetry;

/// <summary>
/// JobForge's own spans on the <c>JobForge</c> <see cref="ActivitySource"/>: one per job request, run (each time a
/// worker drives it), step attempt and trigger fire, tagged with <see cref="Attributes"/> ids only — never inputs,
/// outputs, keys or actor names. A run's span continues the trace of the request that created it (see
/// <see cref="RunParents"/>), else the run's stored W3C trace id, so a job request and every step are one trace.
/// </summary>
public static class JobForgeTelemetry
{
    /// <summary>The activity source name (add it to a tracer provider).</summary>
    public const string ActivitySourceName = "JobForge";

    /// <summary>The AppContext switch that makes the Azure SDKs emit spans on their <c>Azure.*</c> activity sources.</summary>
    public const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>The source; static as the .NET tracing guidance recommends (one per component, created once).</summary>
    public static readonly ActivitySource Source = new(ActivitySourceName);

    /// <summary>Parents of runs created by a job request in this process, until a worker picks the run up.</summary>
    public static RunParents RunParents { get; } = new();

    /// <summary>A span for one job request (HTTP or trigger) for <paramref name="templateKey"/> in <paramref name="tenantId"/>.</summary>
    public static Activity? StartJobRequest(string tenantId, string templateKey) =>
        Source.StartActivity("jobforge.job_request")
            ?.SetTag(Attributes.TenantId, tenantId)
            .SetTag(Attributes.TemplateKey, templateKey);

    /// <summary>
    /// A span for driving run <paramref name="runId"/>: a child of the job request that created it when that happened in
    /// this process, else of the run's <paramref name="traceId"/> (when it is a W3C trace id), else of the current span.
    /// </summary>
    public static Activity? StartRun(string tenantId, string runId, string templateKey, string? traceId)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var parent = RunParents.Find(tenantId, runId) ?? FromTraceId(traceId);
        var activity = parent is { } context
            ? Source.StartActivity("jobforge.run", ActivityKind.Internal, context)
            : Source.StartActivity("jobforge.run");
        return activity?.SetTag(Attributes.TenantId, tenantId).SetTag(Attributes.RunId, runId).SetTag(Attributes.TemplateKey, templateKey);
    }

    /// <summary>A span for one attempt of step <paramref name="stepId"/> of run <paramref name="runId"/>.</summary>
    public static Activity? StartStepAttempt(string tenantId, string runId, string stepId, int attempt, string? kind) =>
        Source.StartActivity("jobforge.step_attempt")
            ?.SetTag(Attributes.TenantId, tenantId)
            .SetTag(Attributes.RunId, runId)
            .SetTag(Attributes.StepId, stepId)
            .SetTag(Attributes.Attempt, attempt)
            .SetTag(Attributes.StepKind, kind);

    /// <summary>A span for one evaluation of trigger <paramref name="triggerId"/>.</summary>
    public static Activity? StartTriggerFire(string tenantId, string triggerId, string templateKey) =>
        Source.StartActivity("jobforge.trigger_fire")
            ?.SetTag(Attributes.TenantId, tenantId)
            .SetTag(Attributes.TriggerId, triggerId)
            .SetTag(Attributes.TemplateKey, templateKey);

    /// <summary>Remembers the current span as the parent of run <paramref name="runId"/> (call before the engine is told).</summary>
    public static void RememberRunParent(string tenantId, string runId)
    {
        if (Activity.Current is { } current)
        {
            RunParents.Remember(tenantId, runId, current.Context);
        }
    }

    private static ActivityContext? FromTraceId(string? traceId)
    {
        if (traceId is not { Length: 32 } || !traceId.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var id = ActivityTraceId.CreateFromString(traceId);
        // No parent span is stored with a run: the run span joins the trace as a sampled remote root of its own.
        return id == default ? null : new ActivityContext(id, default, ActivityTraceFlags.Recorded, isRemote: true);
    }
}
