using System.Diagnostics;
using JobForge.Domain.Runs;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Runs.Benchmarks;

/// <summary>
/// Three sequential transform steps per run, every state change durable, against a fresh Azurite: latency at a fixed
/// rate, throughput closed-loop, storage requests per run (counted by a pipeline policy), idle requests per second.
/// </summary>
internal static class ThroughputBenchmark
{
    private const string TemplateKey = "bench.engine.three_steps";

    public static async Task<int> RunAsync(int seconds, int clients, int rate, int tenantCount, bool evidence, int concurrency)
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var counter = new StorageRequestCounter();
        var flag = evidence ? "1" : "0";
        await using var server = await BenchServer.StartAsync(azurite.ConnectionString, counter, new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = flag,
            ["REPLAY_PACK_ENABLED"] = flag,
            ["JobForge:Engine:MaxConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var tenantIds = Enumerable.Range(1, tenantCount).Select(i => $"bench-tenant-{i}").ToList();
        await BenchServer.RegisterAsync(server.Http, TemplateKey, Template, tenantIds);
        var tenants = new List<(string, string)>();
        foreach (var tenant in tenantIds)
        {
            tenants.Add((tenant, await BenchServer.CreateKeyAsync(server.Http, tenant, "jobs:write", "jobs:read", "ops:read")));
        }

        var store = server.App.Services.GetRequiredService<IRunExecutionStore>();
        var warm = new RunLoad(server.Http, TemplateKey, tenants);
        await warm.ClosedLoopAsync(8, TimeSpan.FromSeconds(3));
        await QuietAsync(counter);
        var seen = (await RunLoad.CollectAsync(store, tenantIds, warm.Requested.Count, TimeSpan.FromSeconds(60))).Count;

        // Not saturated: a fixed rate, start-to-finish from the request's timestamp to the final state's.
        var paced = new RunLoad(server.Http, TemplateKey, tenants);
        var before = counter.Total;
        await paced.FixedRateAsync(rate, TimeSpan.FromSeconds(Math.Min(20, seconds)));
        await QuietAsync(counter);
        var pacedRequests = counter.Total - before;
        var pacedRuns = Finished(await RunLoad.CollectAsync(store, tenantIds, seen + paced.Requested.Count, TimeSpan.FromSeconds(120)), paced);
        seen += paced.Requested.Count;

        // Saturated: closed loop for the full duration; completions counted inside the window.
        var load = new RunLoad(server.Http, TemplateKey, tenants);
        before = counter.Total;
        var byTargetBefore = counter.Snapshot();
        var windowStart = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(seconds));
        var windowEnd = DateTimeOffset.UtcNow;
        await QuietAsync(counter);
        var drained = clock.Elapsed;
        var loadRequests = counter.Total - before;
        var byTarget = counter.Snapshot().ToDictionary(p => p.Key, p => p.Value - byTargetBefore.GetValueOrDefault(p.Key));
        var loadRuns = Finished(await RunLoad.CollectAsync(store, tenantIds, seen + load.Requested.Count, TimeSpan.FromSeconds(300)), load);
        var inWindow = loadRuns.Count(r => r.State!.FinishedAt <= windowEnd && r.State.FinishedAt >= windowStart);

        // Idle: nothing requested; count what the background loops cost.
        await Task.Delay(TimeSpan.FromSeconds(5));
        before = counter.Total;
        await Task.Delay(TimeSpan.FromSeconds(30));
        var idlePerSecond = (counter.Total - before) / 30.0;

        Print(seconds, clients, rate, tenantCount, evidence, concurrency, pacedRuns, pacedRequests, loadRuns, inWindow, loadRequests, byTarget, drained, idlePerSecond, load.Errors + paced.Errors);
        return 0;
    }

    private static List<RunRecord> Finished(List<RunRecord> all, RunLoad load)
    {
        var ids = load.Requested.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        return all.Where(r => ids.Contains(r.Run.RunId)).ToList();
    }

    /// <summary>Waits until storage traffic stops (under 3 requests in 500 ms), i.e. the engine has drained.</summary>
    private static async Task QuietAsync(StorageRequestCounter counter)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var before = counter.Total;
            await Task.Delay(500);
            if (counter.Total - before < 3)
            {
                return;
            }
        }
    }

    private static void Print(
        int seconds, int clients, int rate, int tenants, bool evidence, int concurrency, List<RunRecord> paced, long pacedRequests, List<RunRecord> load, int inWindow,
        long loadRequests, Dictionary<string, long> byTarget, TimeSpan drained, double idle, long errors)
    {
        static double Ms(RunRecord r) => (r.State!.FinishedAt!.Value - r.Run.RequestedAt).TotalMilliseconds;
        var pacedLatency = paced.Where(r => r.State?.FinishedAt is not null).Select(Ms).Order().ToList();
        var loadLatency = load.Where(r => r.State?.FinishedAt is not null).Select(Ms).Order().ToList();
        var ok = load.Count(r => r.Status == RunStatus.Succeeded) + paced.Count(r => r.Status == RunStatus.Succeeded);
        Console.WriteLine($"# Run engine: 3 transform steps per run, {tenants} tenant(s), engine concurrency {concurrency}, evidence {(evidence ? "on" : "off")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| phase | runs | runs/s | p50 ms | p99 ms | storage requests/run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| fixed {rate}/s | {paced.Count} | {paced.Count / (double)Math.Min(20, seconds):F0} | {Percentiles.Of(pacedLatency, 50):F1} | {Percentiles.Of(pacedLatency, 99):F1} | {pacedRequests / (double)Math.Max(1, paced.Count):F2} |");
        Console.WriteLine($"| closed loop, {clients} clients, {seconds} s | {load.Count} | {inWindow / (double)seconds:F0} | {Percentiles.Of(loadLatency, 50):F1} | {Percentiles.Of(loadLatency, 99):F1} | {loadRequests / (double)Math.Max(1, load.Count):F2} |");
        Console.WriteLine();
        Console.WriteLine($"Succeeded: {ok} of {paced.Count + load.Count}; request errors: {errors}; drained {drained.TotalSeconds:F1} s after the closed loop began; idle server: {idle:F2} storage requests/s.");
        Console.WriteLine();
        Console.WriteLine("Storage requests per run in the closed loop, by method and table/container:");
        foreach (var (target, count) in byTarget.Where(p => p.Value > 0).OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {target,-48} {count / (double)Math.Max(1, load.Count):F3}");
        }
    }

    private const string Template = """
        {"template_key":"bench.engine.three_steps","name":"Three transforms","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},
         "output_schema":{"type":"object"},
         "required_scopes":["ops:read"],
         "steps":[
          {"id":"a","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}},
          {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"value":"${{ steps.a.outputs.value }}"}}},
          {"id":"c","uses":"transform","depends_on":["b"],"with":{"output":{"total":"${{ steps.b.outputs.value }}"}}}]}
        """;
}
