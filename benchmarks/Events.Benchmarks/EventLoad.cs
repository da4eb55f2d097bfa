using System.Diagnostics;
using System.Text;

namespace JobForge.Events.Benchmarks;

/// <summary>Closed-loop (N clients as fast as they go) and open-loop (fixed rate) event posting.</summary>
internal sealed class EventLoad(HttpClient client, string payload, bool clientEventIds, int tenants)
{
    private long _sequence;

    public async Task<LoadResult> ClosedLoopAsync(int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(65536);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var (ok, ms) = await PostOneAsync();
                if (ok) mine.Add(ms); else Interlocked.Increment(ref errors);
            }
        }));
        return LoadResult.From(latencies.SelectMany(l => l).ToList(), Stopwatch.GetElapsedTime(started), errors);
    }

    public async Task<LoadResult> FixedRateAsync(int perSecond, TimeSpan duration)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        var total = (int)(perSecond * duration.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = started + (long)(i * (double)Stopwatch.Frequency / perSecond);
            while (Stopwatch.GetTimestamp() < due)
            {
                var wait = TimeSpan.FromSeconds((due - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
                if (wait > TimeSpan.FromMilliseconds(2)) await Task.Delay(wait - TimeSpan.FromMilliseconds(1)); else Thread.SpinWait(50);
            }

            inFlight.Add(Task.Run(async () =>
            {
                var (ok, ms) = await PostOneAsync();
                if (ok) latencies.Add(ms); else Interlocked.Increment(ref errors);
            }));
        }

        await Task.WhenAll(inFlight);
        return LoadResult.From(latencies.ToList(), Stopwatch.GetElapsedTime(started), errors);
    }

    private async Task<(bool Ok, double Ms)> PostOneAsync()
    {
        var n = Interlocked.Increment(ref _sequence);
        var eventId = clientEventIds ? $"\"event_id\":\"bench-{n}\"," : string.Empty;
        var body = $"{{{eventId}\"tenant_id\":\"bench-{n % tenants}\",\"event_type\":\"bench.load\",\"source_app\":\"external\",\"payload\":{{\"data\":\"{payload}\"}}}}";
        var begin = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/v1/events", content);
            return ((int)response.StatusCode is 202 or 200, Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (false, 0);
        }
    }
}
