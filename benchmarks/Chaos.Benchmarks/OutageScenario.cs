using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using JobForge.TestKit.Hosting;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// Storage outage: one server under the mixed load; Azurite is stopped for the outage and started again on the same
/// data folder and ports. While it is down every answer must be 503 <c>dependency_unavailable</c> with <c>Retry-After</c>
/// within the request timeout and <c>/api/health</c> 503; afterwards the oracle must hold. Reports the time from
/// storage back to steady state (health 200, every pending request acknowledged, every run finished).
/// </summary>
internal static class OutageScenario
{
    private const string Name = "storage outage";

    public static async Task<List<ReportRow>> RunAsync(ChaosOptions options)
    {
        await using var sink = await HttpSink.StartAsync();
        await using var cluster = await Cluster.StartAsync(1);
        using var api = new ChaosApi(cluster);
        var load = await MixedLoad.SetUpAsync(api, sink);
        await load.StartCronAsync();
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(options.EventsPerSecond, options.JobsPerSecond, stop.Token);

        await Task.Delay(options.Quick ? TimeSpan.FromSeconds(8) : TimeSpan.FromSeconds(20)); // steady state first
        var health = new ConcurrentQueue<ApiAnswer>();
        using var probing = new CancellationTokenSource();
        var prober = ProbeHealthAsync(api, health, probing.Token);

        var stoppedAt = DateTimeOffset.UtcNow;
        await cluster.Azurite.StopAsync();
        var stopTook = DateTimeOffset.UtcNow - stoppedAt;
        await Task.Delay(options.OutageDuration);
        var restartAt = DateTimeOffset.UtcNow;
        await cluster.Azurite.StartAgainAsync();
        var storageBack = DateTimeOffset.UtcNow;

        // Steady state: health 200, then every request made so far acknowledged, then every run finished.
        var clock = Stopwatch.StartNew();
        while (!health.Any(h => h.SentAt > storageBack && h.Status == 200) && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }

        var healthyAfter = clock.Elapsed;
        var generatedBefore = load.Answers.Count(a => a.SentAt < restartAt);
        while (load.HasPendingFrom(storageBack) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(200);
        }

        var acknowledgedAfter = clock.Elapsed;
        await Oracle.WaitSettledAsync(api, load, storageBack, TimeSpan.FromMinutes(5));
        var steadyAfter = clock.Elapsed;

        await Task.Delay(TimeSpan.FromSeconds(5)); // a little load after recovery
        stop.Cancel();
        await running;
        await load.StopCronAsync();
        probing.Cancel();
        await prober;
        var (runs, _) = await Oracle.DrainAsync(api, load, TimeSpan.FromMinutes(5));

        // While down: from a second after the stop (requests already past storage may still succeed) to the restart.
        var during = load.AnswersSentBetween(stoppedAt.Add(stopTook).AddSeconds(1), restartAt).ToList();
        var bad = during.Where(a => !(a.Status == 503 && a.ErrorType == "dependency_unavailable" && a.RetryAfter is not null)).ToList();
        var slowest = during.Select(a => a.Latency).DefaultIfEmpty().Max();
        var healthDuring = health.Where(h => h.SentAt > stoppedAt.Add(stopTook).AddSeconds(1) && h.SentAt < restartAt).ToList();
        var rows = new List<ReportRow>
        {
            new(Name, $"API while storage is down ({options.OutageDuration.TotalSeconds:0} s)",
                string.Create(CultureInfo.InvariantCulture, $"{during.Count} answers: {MixedLoad.Describe(during)}; slowest {slowest.TotalSeconds:F1} s (request timeout {ChaosApi.RequestTimeout.TotalSeconds:0} s)"),
                during.Count > 0 && bad.Count == 0 && slowest < ChaosApi.RequestTimeout),
            new(Name, "/api/health while storage is down", $"{healthDuring.Count} probes: {MixedLoad.Describe(healthDuring)}",
                healthDuring.Count > 0 && healthDuring.All(h => h.Status == 503)),
            new(Name, "time from storage back to steady state",
                string.Create(CultureInfo.InvariantCulture,
                    $"health 200 after {healthyAfter.TotalSeconds:F1} s; requests retried through the outage all acknowledged after {acknowledgedAfter.TotalSeconds:F1} s; every job request made before it has a finished run after {steadyAfter.TotalSeconds:F1} s ({generatedBefore} attempts before the restart)"),
                null),
        };
        rows.AddRange(await Oracle.CheckAsync(Name, api, load, sink, runs));
        return rows;
    }

    private static async Task ProbeHealthAsync(ChaosApi api, ConcurrentQueue<ApiAnswer> health, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            health.Enqueue(await api.SendAsync(HttpMethod.Get, null, "/api/health", null));
            try
            {
                await Task.Delay(500, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
