using System.Globalization;
using System.Diagnostics;
using JobForge.Domain.Runs;
using JobForge.Server.Hosting;
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

    public static async Task<int> RunAsync(int seconds, int clients, int rate, int target, int tenantCount, bool evidence, int concurrency, bool events)
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var counter = new StorageRequestCounter();
        var flag = evidence ? "1" : "0";
        await using var server = await BenchServer.StartAsync(JobForgeServer.Build, azurite.ConnectionString, counter, new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = events ? "1" : "0",
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

        // Sustained: the target rate for the full duration; completions counted inside the window.
        var sustained = new RunLoad(server.Http, TemplateKey, tenants);
        before = counter.Total;
        await sustained.FixedRateAsync(target, TimeSpan.FromSeconds(seconds));
        var windowEnd = DateTimeOffset.UtcNow;
        await QuietAsync(counter);
        var sustainedRequests = counter.Total - before;
        var sustainedRuns = Finished(await RunLoad.CollectAsync(store, tenantIds, seen + sustained.Requested.Count, TimeSpan.FromSeconds(300)), sustained);
        var sustainedInWindow = sustainedRuns.Count(r => r.State!.FinishedAt <= windowEnd);
        seen += sustained.Requested.Count;

        // Saturated: closed loop (a third of the duration) for the ceiling.
        var load = new RunLoad(server.Http, TemplateKey, tenants);
        var loadSeconds = Math.Max(10, seconds / 3);
        before = counter.Total;
        var byTargetBefore = counter.Snapshot();
        var loopStart = DateTimeOffset.UtcNow;
        await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(loadSeconds));
        var loopEnd = DateTimeOffset.UtcNow;
        await QuietAsync(counter);
        var drained = DateTimeOffset.UtcNow - loopStart;
        var loadRequests = counter.Total - before;
        var byTarget = counter.Snapshot().ToDictionary(p => p.Key, p => p.Value - byTargetBefore.GetValueOrDefault(p.Key));
        var loadRuns = Finished(await RunLoad.CollectAsync(store, tenantIds, seen + load.Requested.Count, TimeSpan.FromSeconds(300)), load);
        var inWindow = loadRuns.Count(r => r.State!.FinishedAt <= loopEnd);

        // Idle: nothing requested; count what the background loops cost.
        await Task.Delay(TimeSpan.FromSeconds(5));
        before = counter.Total;
        var idleBefore = counter.Snapshot();
        await Task.Delay(TimeSpan.FromSeconds(30));
        var idlePerSecond = (counter.Total - before) / 30.0;
        var idleByTarget = counter.Snapshot().Select(p => (p.Key, PerSecond: (p.Value - idleBefore.GetValueOrDefault(p.Key)) / 30.0)).Where(p => p.PerSecond > 0).OrderByDescending(p => p.PerSecond).ToList();

        Console.WriteLine($"# Run engine: 3 transform steps per run, {tenantCount} tenant(s), engine concurrency {concurrency}, evidence {(evidence ? "on" : "off")}, lifecycle events {(events ? "on" : "off")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| phase | runs | requested/s | finished in window/s | p50 ms | p99 ms | storage requests/run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row($"fixed {rate}/s, {Math.Min(20, seconds)} s", pacedRuns, Math.Min(20, seconds), pacedRuns.Count, pacedRequests);
        Row($"fixed {target}/s, {seconds} s", sustainedRuns, seconds, sustainedInWindow, sustainedRequests);
        Row($"closed loop, {clients} clients, {loadSeconds} s", loadRuns, loadSeconds, inWindow, loadRequests);
        Console.WriteLine();
        var ok = new[] { pacedRuns, sustainedRuns, loadRuns }.Sum(list => list.Count(r => r.Status == RunStatus.Succeeded));
        Console.WriteLine($"Succeeded: {ok} of {pacedRuns.Count + sustainedRuns.Count + loadRuns.Count}; request errors: {paced.Errors + sustained.Errors + load.Errors}; the closed loop's backlog drained {drained.TotalSeconds:F1} s after it began; idle server: {idlePerSecond:F2} storage requests/s.");
        Console.WriteLine("Idle storage requests per second, by method and table/container: " + string.Join(", ", idleByTarget.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.PerSecond:0.00}"))));
        Console.WriteLine();
        Console.WriteLine("Storage requests per run in the closed loop, by method and table/container:");
        foreach (var (name, count) in byTarget.Where(p => p.Value > 0).OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {name,-48} {count / (double)Math.Max(1, loadRuns.Count):F3}");
        }
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

    private static void Row(string phase, List<RunRecord> runs, int seconds, int finishedInWindow, long requests)
    {
        static double Ms(RunRecord r) => (r.State!.FinishedAt!.Value - r.Run.RequestedAt).TotalMilliseconds;
        var latency = runs.Where(r => r.State?.FinishedAt is not null).Select(Ms).Order().ToList();
        Console.WriteLine($"| {phase} | {runs.Count} | {runs.Count / (double)seconds:F0} | {finishedInWindow / (double)seconds:F0} | {Percentiles.Of(latency, 50):F1} | {Percentiles.Of(latency, 99):F1} | {requests / (double)Math.Max(1, runs.Count):F2} |");
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
