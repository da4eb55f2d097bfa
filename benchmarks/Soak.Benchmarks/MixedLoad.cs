using System.Diagnostics;
using JobForge.Runs.Benchmarks;

namespace JobForge.Soak.Benchmarks;

/// <summary>
/// Open-loop mixed load that keeps no per-request state (so it does not grow the process it measures): job requests of
/// the three-step template and 1 KB events, each at a fixed rate, spread over tenants and servers. Latencies go to the
/// current <see cref="WindowRecorder"/>.
/// </summary>
internal sealed class MixedLoad(IReadOnlyList<HttpClient> servers, IReadOnlyList<(string Tenant, string ApiKey)> tenants, string eventKey, WindowRecorder recorder)
{
    private static readonly string Payload = new('x', 1000);
    private long _sequence;

    public async Task RunAsync(double runsPerSecond, double eventsPerSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            PaceAsync(runsPerSecond, duration, clock, RequestRunAsync, cancellationToken),
            PaceAsync(eventsPerSecond, duration, clock, PostEventAsync, cancellationToken));
    }

    private static async Task PaceAsync(double perSecond, TimeSpan duration, Stopwatch clock, Func<Task> operation, CancellationToken cancellationToken)
    {
        if (perSecond <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var inFlight = 0;
        for (long i = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Increment(ref inFlight);
            _ = Task.Run(async () =>
            {
                try
                {
                    await operation().ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }, CancellationToken.None);
        }

        while (Volatile.Read(ref inFlight) > 0)
        {
            await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task RequestRunAsync()
    {
        var n = Interlocked.Increment(ref _sequence);
        var (tenant, apiKey) = tenants[(int)(n % tenants.Count)];
        await TimedAsync("job", servers[(int)(n % servers.Count)], apiKey, "/api/v1/jobs",
            $$$"""{"tenant_id":"{{{tenant}}}","template_key":"{{{Scenario.TemplateKey}}}","inputs":{"n":{{{n}}}}}""").ConfigureAwait(false);
    }

    private async Task PostEventAsync()
    {
        var n = Interlocked.Increment(ref _sequence);
        var (tenant, _) = tenants[(int)(n % tenants.Count)];
        await TimedAsync("event", servers[(int)(n % servers.Count)], eventKey, "/api/v1/events",
            $$$"""{"tenant_id":"{{{tenant}}}","event_type":"bench.soak","source_app":"external","payload":{"data":"{{{Payload}}}"}}""").ConfigureAwait(false);
    }

    private async Task TimedAsync(string kind, HttpClient http, string apiKey, string path, string json)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await BenchServer.SendAsync(http, HttpMethod.Post, apiKey, path, json).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            recorder.Record(kind, watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            recorder.Record(kind, watch.Elapsed.TotalMilliseconds, ex.GetType().Name);
        }
    }
}
