namespace JobForge.Application.Telemetry;

/// <summary>The attribute names on JobForge's spans and metrics. Ids only: no inputs, outputs, secrets or actor names.</summary>
public static class Attributes
{
    /// <summary>The tenant id.</summary>
    public const string TenantId = "jobforge.tenant_id";

    /// <summary>The run id.</summary>
    public const string RunId = "jobforge.run_id";

    /// <summary>The template key.</summary>
    public const string TemplateKey = "jobforge.template_key";

    /// <summary>The step id within the run's template.</summary>
    public const string StepId = "jobforge.step_id";

    /// <summary>The attempt number (1-based).</summary>
    public const string Attempt = "jobforge.attempt";

    /// <summary>The step's handler kind (<c>uses</c>).</summary>
    public const string StepKind = "jobforge.step_kind";

    /// <summary>The trigger id.</summary>
    public const string TriggerId = "jobforge.trigger_id";

    /// <summary>A trigger decision code, a run status or a job request outcome.</summary>
    public const string Outcome = "jobforge.outcome";
}
