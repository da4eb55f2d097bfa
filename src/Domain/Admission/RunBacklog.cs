namespace JobForge.Domain.Admission;

/// <summary>Runs waiting on this server for a worker (queued, not yet started).</summary>
/// <param name="TenantQueued">The tenant's runs waiting.</param>
/// <param name="TenantOldestWait">How long the tenant's oldest waiting run has waited.</param>
/// <param name="TotalQueued">Every tenant's runs waiting.</param>
public readonly record struct RunBacklog(int TenantQueued, TimeSpan TenantOldestWait, int TotalQueued)
{
    /// <summary>Nothing waiting (also what a server without a local engine reports).</summary>
    public static RunBacklog Empty => default;
}
