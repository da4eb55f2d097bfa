namespace JobForge.Domain.Admission;

/// <summary>What admission looks at for one request: the local run backlog (for run-creating requests), the store's write backlog and storage's recent latency.</summary>
/// <param name="Runs">The engine's backlog, or <see cref="RunBacklog.Empty"/> for requests that create no run.</param>
/// <param name="TenantWrites">The write backlog of the tenant's partition.</param>
/// <param name="TotalWrites">The write backlog of the whole store.</param>
/// <param name="StorageLatency">How long table storage has recently taken to answer (<see cref="IStorageLatency"/>); zero when unknown.</param>
public readonly record struct AdmissionSignals(RunBacklog Runs, WriteBacklog TenantWrites, WriteBacklog TotalWrites, TimeSpan StorageLatency = default);
