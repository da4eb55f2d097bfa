namespace JobForge.Functions.Runs;

/// <summary>Names one run (tenant first).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="RunId">The run (and orchestration instance) id.</param>
public sealed record DurableRunRef(string TenantId, string RunId);
