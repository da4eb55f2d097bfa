namespace JobForge.Storage.Health;

/// <summary>The state of each storage service.</summary>
/// <param name="Services">One entry per service: tables, blobs, queues.</param>
public sealed record StorageHealthReport(IReadOnlyList<StorageServiceHealth> Services)
{
    /// <summary>Whether every service answered.</summary>
    public bool IsHealthy => Services.All(service => service.IsUp);

    /// <summary>The names of the services that did not answer.</summary>
    public IEnumerable<string> Unreachable => Services.Where(service => !service.IsUp).Select(service => service.Name);
}
