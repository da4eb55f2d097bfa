using System.Text.Json;

namespace JobForge.Domain.Templates;

/// <summary>
/// One step of a template. <see cref="With"/> is kept as data: its strings may hold <c>${{ … }}</c> expressions, which
/// the run engine evaluates; the template layer never interprets them.
/// </summary>
/// <param name="Id">The step id, unique in the template (<c>[a-z][a-z0-9_-]*</c>, at most 64).</param>
/// <param name="Uses">The handler kind, one of <see cref="HandlerKinds.All"/>.</param>
/// <param name="With">The handler's inputs: a JSON object (empty when left out).</param>
/// <param name="Retry">The retry policy, or null for the template's default attempts.</param>
/// <param name="Timeout">The step timeout, or null for the template's default.</param>
/// <param name="Compensate">The id of the step that undoes this one, if any.</param>
/// <param name="RequiresApproval">Whether the step waits for an approval before running.</param>
/// <param name="DependsOn">The ids of the steps that must finish first.</param>
public sealed record TemplateStep(
    string Id,
    string Uses,
    JsonElement With,
    StepRetry? Retry = null,
    TimeSpan? Timeout = null,
    string? Compensate = null,
    bool RequiresApproval = false,
    IReadOnlyList<string>? DependsOn = null)
{
    /// <summary>The ids this step depends on (empty when none).</summary>
    public IReadOnlyList<string> Dependencies => DependsOn ?? [];

    /// <summary>The module an <c>autopilot.module</c> step calls (<c>with.module</c>), else null.</summary>
    public string? Module =>
        Uses == HandlerKinds.AutopilotModule && With.ValueKind == JsonValueKind.Object
        && With.TryGetProperty("module", out var module) && module.ValueKind == JsonValueKind.String
            ? module.GetString()
            : null;
}
