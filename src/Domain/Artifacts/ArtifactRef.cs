namespace JobForge.Domain.Artifacts;

/// <summary>The reference of an artifact: <c>{tenant}/{run_id}/{name}</c> (also its blob name).</summary>
public static class ArtifactRef
{
    /// <summary>The reference of artifact <paramref name="name"/> of run <paramref name="runId"/> of <paramref name="tenantId"/>.</summary>
    public static string Format(string tenantId, string runId, string name) => $"{tenantId}/{runId}/{name}";

    /// <summary>The prefix every artifact of the run shares: <c>{tenant}/{run_id}/</c>.</summary>
    public static string RunPrefix(string tenantId, string runId) => $"{tenantId}/{runId}/";
}
