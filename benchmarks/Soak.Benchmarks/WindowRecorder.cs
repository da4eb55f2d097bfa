using System.Collections.Concurrent;
using JobForge.Runs.Benchmarks;

namespace JobForge.Soak.Benchmarks;

/// <summary>Latencies and errors of the current window; <see cref="Close"/> summarises it and starts the next.</summary>
internal sealed class WindowRecorder
{
    private readonly object _gate = new();
    private List<double> _latencies = [];
    private long _operations;
    private ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);

    public long TotalOperations => Interlocked.Read(ref _operations);

    public void Record(string kind, double milliseconds, string? error)
    {
        Interlocked.Increment(ref _operations);
        lock (_gate)
        {
            _latencies.Add(milliseconds);
        }

        if (error is not null)
        {
            _errors.AddOrUpdate(kind + " " + error, 1, (_, n) => n + 1);
        }
    }

    public WindowSummary Close()
    {
        List<double> latencies;
        ConcurrentDictionary<string, long> errors;
        lock (_gate)
        {
            (latencies, _latencies) = (_latencies, []);
            (errors, _errors) = (_errors, new ConcurrentDictionary<string, long>(StringComparer.Ordinal));
        }

        latencies.Sort();
        return new WindowSummary(latencies.Count, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), errors.Values.Sum(),
            string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")));
    }
}
