using System.Diagnostics;

namespace JobForge.Storage.Benchmarks;

/// <summary>
/// Runs an operation from N concurrent workers and records each call's latency. SDK and raw runs alternate in short
/// rounds, so Azurite's drift (its store grows, it persists to disk in bursts) falls on both sides alike.
/// </summary>
internal static class LatencyRecorder
{
    private const int Rounds = 6;

    public static async Task<(Measurement Sdk, Measurement Raw)> CompareAsync(Scenario scenario, TimeSpan duration)
    {
        await WarmUpAsync(scenario.Concurrency, scenario.Sdk);
        await WarmUpAsync(scenario.Concurrency, scenario.Raw);
        var sdk = new Recording();
        var raw = new Recording();
        var round = duration / Rounds;
        long iteration = 0;
        for (var r = 0; r < Rounds; r++)
        {
            iteration = await RecordAsync(scenario.Concurrency, round, scenario.Sdk, sdk, iteration);
            iteration = await RecordAsync(scenario.Concurrency, round, scenario.Raw, raw, iteration);
        }

        return (sdk.Summarize(scenario.ItemsPerOperation), raw.Summarize(scenario.ItemsPerOperation));
    }

    // Connections, JIT and first-touch costs; not measured. Negative iterations keep keys apart from measured ones.
    private static Task WarmUpAsync(int concurrency, Func<int, long, Task> operation) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => operation(worker, -1 - worker)));

    private static async Task<long> RecordAsync(int concurrency, TimeSpan duration, Func<int, long, Task> operation, Recording recording, long firstIteration)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var next = firstIteration;
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = new List<double>(1024);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var i = Interlocked.Increment(ref next);
                var begin = Stopwatch.GetTimestamp();
                await operation(worker, i).ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }

            return mine;
        }));
        recording.Add(perWorker.SelectMany(list => list), Stopwatch.GetElapsedTime(started));
        return next + 1;
    }

    private sealed class Recording
    {
        private readonly List<double> _latencies = [];
        private TimeSpan _elapsed;

        public void Add(IEnumerable<double> latencies, TimeSpan elapsed)
        {
            _latencies.AddRange(latencies);
            _elapsed += elapsed;
        }

        public Measurement Summarize(int itemsPerOperation)
        {
            var sorted = _latencies.Order().ToArray();
            return new Measurement(sorted.Length, sorted.Length * itemsPerOperation / _elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
        }

        private static double Percentile(double[] sorted, double p) =>
            sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
    }
}

/// <summary>Throughput (items per second) and latency percentiles of one side of a scenario.</summary>
internal sealed record Measurement(int Operations, double ItemsPerSecond, double P50Ms, double P99Ms);
