using System.Diagnostics;
using JobForge.Domain.Runs;
using JobForge.Runs.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Soak.Benchmarks;

/// <summary>Closed-loop ceilings on a scenario: runs finished per second (three steps, lifecycle events on) and events accepted per second.</summary>
internal static class CapacityProbe
{
    /// <summary>Runs requested by <paramref name="clients"/> closed-loop clients across the servers; returns runs finished inside the window per second.</summary>
    public static async Task<double> RunsPerSecondAsync(Scenario scenario, int clients, TimeSpan duration)
    {
        var loads = scenario.Servers.Select(s => new RunLoad(s.Http, Scenario.TemplateKey, scenario.Tenants)).ToList();
        var seen = await scenario.CountRunsAsync();
        var start = DateTimeOffset.UtcNow;
        await Task.WhenAll(loads.Select(load => load.ClosedLoopAsync(Math.Max(1, clients / loads.Count), duration)));
        var end = start + duration;
        var requested = loads.Sum(l => l.Requested.Count);
        var store = scenario.Servers[0].App.Services.GetRequiredService<IRunExecutionStore>();
        var all = await RunLoad.CollectAsync(store, scenario.TenantIds, seen + requested, TimeSpan.FromSeconds(300));
        var finished = all.Count(r => r.State?.FinishedAt is { } at && at >= start && at <= end);
        return finished / duration.TotalSeconds;
    }

    /// <summary>Events posted by <paramref name="clients"/> closed-loop clients across the servers; returns accepted events per second.</summary>
    public static async Task<double> EventsPerSecondAsync(Scenario scenario, int clients, TimeSpan duration)
    {
        var recorder = new WindowRecorder();
        var clock = Stopwatch.StartNew();
        var payload = new string('x', 1000);
        long n = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var http = scenario.Servers[client % scenario.Servers.Count].Http;
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref n);
                var tenant = scenario.Tenants[(int)(i % scenario.Tenants.Count)].Tenant;
                using var response = await BenchServer.SendAsync(http, HttpMethod.Post, BenchServer.BootstrapKey, "/api/v1/events",
                    $$$"""{"tenant_id":"{{{tenant}}}","event_type":"bench.probe","source_app":"external","payload":{"data":"{{{payload}}}"}}""");
                recorder.Record("event", 0, response.IsSuccessStatusCode ? null : "error");
            }
        }));
        var summary = recorder.Close();
        return (summary.Operations - summary.Errors) / clock.Elapsed.TotalSeconds;
    }
}
