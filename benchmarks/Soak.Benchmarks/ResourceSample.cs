namespace JobForge.Soak.Benchmarks;

/// <summary>One sample of the server process and Azurite, taken every sampling interval.</summary>
internal sealed record ResourceSample(
    TimeSpan At, double WorkingSetMb, double GcHeapMb, double GcTotalMb, int ThreadPoolThreads, int Handles, long Operations, long StorageRequests,
    double AzuriteRssMb, double AzuriteCpuSeconds);
