namespace JobForge.Domain.Admission;

/// <summary>Why admission refused a request: the stable <c>reason</c> in the 503 envelope's details.</summary>
public static class AdmissionRefusal
{
    /// <summary>The tenant has too many runs waiting for a worker, or its oldest has waited too long.</summary>
    public const string TenantBacklog = "tenant_backlog";

    /// <summary>This server has too many runs waiting for a worker, across tenants.</summary>
    public const string RunBacklog = "run_backlog";

    /// <summary>The store's group-commit queue is too long or too old: storage is not keeping up.</summary>
    public const string WriteBacklog = "write_backlog";

    /// <summary>Table storage has recently been answering too slowly: what is admitted now would wait behind it.</summary>
    public const string StorageLatency = "storage_latency";
}
