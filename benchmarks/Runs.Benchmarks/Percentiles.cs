namespace JobForge.Runs.Benchmarks;

/// <summary>Nearest-rank percentiles of a sample.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
