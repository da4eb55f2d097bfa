namespace JobForge.Events.Benchmarks;

/// <summary>Throughput and latency percentiles of one load phase; errors are non-2xx answers or exceptions.</summary>
internal sealed record LoadResult(double PerSecond, double P50Ms, double P99Ms, int Errors)
{
    public static LoadResult From(List<double> latencies, TimeSpan elapsed, int errors)
    {
        latencies.Sort();
        double At(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, Math.Max(0, (int)Math.Ceiling(p * latencies.Count) - 1))];
        return new LoadResult(latencies.Count / elapsed.TotalSeconds, At(0.50), At(0.99), errors);
    }
}
