namespace JobForge.Application.Jobs;

/// <summary>The answer to a dry run that passed every gate: nothing was stored.</summary>
/// <param name="DryRun">Always true.</param>
/// <param name="WouldExecute">Always true: every gate passed.</param>
/// <param name="TraceId">The trace id the run would carry.</param>
/// <param name="TemplateKey">The template key.</param>
/// <param name="TemplateVersion">The template version that would run.</param>
/// <param name="Inputs">The validated inputs with defaults filled.</param>
/// <param name="Plan">The steps in execution order.</param>
public sealed record JobDryRunResponse(
    bool DryRun,
    bool WouldExecute,
    string TraceId,
    string TemplateKey,
    string TemplateVersion,
    System.Text.Json.JsonElement Inputs,
    IReadOnlyList<PlanStepResponse> Plan);
