namespace JobForge.Soak.Benchmarks;

/// <summary>One window's operations, latency percentiles (ms) and errors.</summary>
internal sealed record WindowSummary(int Operations, double P50, double P99, long Errors, string ErrorKinds);
