namespace JobForge.Soak.Benchmarks;

/// <summary>Least-squares slope of a series over time, per 10 minutes, and relative to the series' mean.</summary>
internal static class Trend
{
    public static (double PerTenMinutes, double RelativePercent) Of(IReadOnlyList<(TimeSpan At, double Value)> points)
    {
        var valid = points.Where(p => !double.IsNaN(p.Value)).ToList();
        if (valid.Count < 3)
        {
            return (double.NaN, double.NaN);
        }

        var meanX = valid.Average(p => p.At.TotalMinutes);
        var meanY = valid.Average(p => p.Value);
        var covariance = valid.Sum(p => (p.At.TotalMinutes - meanX) * (p.Value - meanY));
        var variance = valid.Sum(p => Math.Pow(p.At.TotalMinutes - meanX, 2));
        var perTen = variance == 0 ? 0 : covariance / variance * 10;
        return (perTen, meanY == 0 ? 0 : perTen / meanY * 100);
    }
}
