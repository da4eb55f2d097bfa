using System.Diagnostics;

namespace JobForge.Storage.Benchmarks;

/// <summary>Runs an operation from N concurrent workers for a fixed time and records each call's latency.</summary>
internal static class LatencyRecorder
{
    public static async Task<Measurement> RunAsync(int concurrency, TimeSpan duration, int itemsPerOperation, Func<int, long, Task> operation)
    {
        // Warm-up: connections, JIT, Azurite's first-touch costs; not measured.
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => operation(worker, -1 - worker)));

        var latencies = new List<double>[concurrency];
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            for (long i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var begin = Stopwatch.GetTimestamp();
                await operation(worker, i).ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.SelectMany(list => list).Order().ToArray();
        return new Measurement(all.Length, all.Length * itemsPerOperation / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>Throughput (items per second) and latency percentiles of one scenario run.</summary>
internal sealed record Measurement(int Operations, double ItemsPerSecond, double P50Ms, double P99Ms);
