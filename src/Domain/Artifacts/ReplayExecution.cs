namespace JobForge.Domain.Artifacts;

/// <summary>What a dry-run replay produced.</summary>
/// <param name="Steps">The replayed steps in execution order.</param>
/// <param name="Status">The replayed run's final status (wire name).</param>
public sealed record ReplayExecution(IReadOnlyList<ReplayStep> Steps, string Status);
