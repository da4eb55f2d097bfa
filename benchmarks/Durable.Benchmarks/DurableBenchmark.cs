using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DurableTask.Core;
using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Runs;
using JobForge.Functions.Tests.Scenarios;
using JobForge.Storage.Diagnostics;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Durable.Benchmarks;

/// <summary>
/// Three-step no-op runs through the Durable run orchestrator, a bare three-activity orchestration on the same backend,
/// and the same runs through the self-hosted engine, in one process against a fresh Azurite: each phase starts a batch of
/// runs at once and measures runs/s (batch / first start to last finish), p50/p99 start-to-finish, and storage requests per
/// run (the app's and the Durable backend's, idle polling during the phase included).
/// </summary>
internal static class DurableBenchmark
{
    private const string ThreeNoops = """
        [{"id":"a","uses":"transform","with":{"output":{"v":1}}},
         {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"v":2}}},
         {"id":"c","uses":"transform","depends_on":["b"],"with":{"output":{"v":3}}}]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Option(args, "--runs", 200);
        var rounds = Option(args, "--rounds", 1);
        await using var azurite = await AzuriteInstance.StartAsync();
        Console.WriteLine($"Azurite up; {runs} runs per phase, {rounds} round(s), {Environment.ProcessorCount} cores, load {Load()}");
        var results = new List<PhaseResult>();
        for (var round = 0; round < rounds; round++)
        {
            results.Add(await BareAsync(azurite.ConnectionString, runs));
            results.Add(await DurableRunsAsync(azurite.ConnectionString, runs));
            results.Add(await SelfHostedAsync(azurite.ConnectionString, runs));
        }

        Console.WriteLine();
        Console.WriteLine("| phase | runs | runs/s | p50 ms | p99 ms | storage requests/run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            Console.WriteLine(result.Row());
        }

        double Best(string phase) => results.Where(r => r.Phase == phase).Max(r => r.RunsPerSecond);
        var bare = Best("bare three-activity orchestration");
        var ours = Best("run orchestration (Durable)");
        var self = Best("self-hosted engine");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ours/bare = {ours / bare:0.00} (goal >= 0.9); self-hosted/ours = {self / ours:0.00}; self-hosted/bare = {self / bare:0.00}"));
        return 0;
    }

    private static async Task<PhaseResult> BareAsync(string connection, int runs)
    {
        var counter = new StorageRequestCounter(byTarget: false);
        var finished = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var shims = new DurableTaskShimFactory(new Microsoft.DurableTask.Worker.DurableTaskWorkerOptions(), NullLoggerFactory.Instance);
        await using var host = await DurableTaskTestHost.StartAsync(connection, TaskHubNames.Next("bare"), NullLoggerFactory.Instance, worker =>
        {
            worker.AddTaskOrchestrations(new DurableTaskTestHost.ShimOrchestration(BareOrchestration.Name, () => shims.CreateOrchestration(BareOrchestration.Name, new BareOrchestration())));
            worker.AddTaskActivities(new DurableTaskTestHost.ShimActivity(NoopActivity.Name, () => shims.CreateActivity(NoopActivity.Name, new NoopActivity(finished))));
        }, observer: new StorageRequestObserverPolicy(counter));
        return await MeasureAsync("bare three-activity orchestration", runs, counter, finished, async id =>
            await host.Client.CreateOrchestrationInstanceAsync(BareOrchestration.Name, string.Empty, id, id));
    }

    private static async Task<PhaseResult> DurableRunsAsync(string connection, int runs)
    {
        var counter = new StorageRequestCounter(byTarget: false);
        var recorder = new FinishRecorder();
        using var app = await BuildAppAsync(counter, recorder, services => services.AddJobForgeDurableRuns());
        await using var host = await DurableTaskTestHost.StartAsync(connection, TaskHubNames.Next("runs"), app.Services, observer: new StorageRequestObserverPolicy(counter));
        app.Services.GetRequiredService<DurableRunClients>().Default = host.Runs;
        var starter = app.Services.GetRequiredService<DurableRunStarter>();
        return await RunPhaseAsync("run orchestration (Durable)", app, runs, counter, recorder, created => starter.StartAsync(host.Runs, created.Run, CancellationToken.None));
    }

    private static async Task<PhaseResult> SelfHostedAsync(string connection, int runs)
    {
        var counter = new StorageRequestCounter(byTarget: false);
        var recorder = new FinishRecorder();
        using var app = await BuildAppAsync(counter, recorder, services => services.AddHostedService(provider => provider.GetRequiredService<RunEngine>()));
        var notifier = app.Services.GetRequiredService<IRunWorkNotifier>();
        return await RunPhaseAsync("self-hosted engine", app, runs, counter, recorder, created =>
        {
            notifier.RunCreated(created);
            return Task.CompletedTask;
        });
    }

    private static async Task<IHost> BuildAppAsync(StorageRequestCounter counter, FinishRecorder recorder, Action<IServiceCollection> driver)
    {
        var app = await ScenarioApp.BuildAsync(services =>
        {
            services.AddSingleton<IStorageRequestObserver>(counter);
            services.AddSingleton<IRunLifecyclePublisher>(recorder);
            driver(services);
        }, new Dictionary<string, string?>
        {
            ["JobForge:Engine:RunTimeout"] = "01:00:00",
            ["JobForge:Engine:LeaseDuration"] = "00:00:15",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:05",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "0",
            ["REPLAY_PACK_ENABLED"] = "0",
            ["JOBFORGE_EVENTS_ENABLED"] = "0",
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>Creates the run rows first (as job requests would, not measured), then starts them all and measures.</summary>
    private static async Task<PhaseResult> RunPhaseAsync(string phase, IHost app, int runs, StorageRequestCounter counter, FinishRecorder recorder, Func<RunCreateResult, Task> start)
    {
        var created = new Dictionary<string, RunCreateResult>(StringComparer.Ordinal);
        var template = Template();
        var store = app.Services.GetRequiredService<IRunStore>();
        var work = app.Services.GetRequiredService<IRunExecutionStore>();
        var ids = app.Services.GetRequiredService<IRunIdSource>();
        await Parallel.ForEachAsync(Enumerable.Range(0, runs + 10), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, cancellationToken) =>
        {
            var run = NewRun(ids.NewRunId(), template);
            var result = await store.CreateAsync(run.TenantId, run, cancellationToken);
            await work.SetWorkAsync(RunWorkItem.ForNewRun(run) with { DueAt = run.RequestedAt.AddHours(1) }, cancellationToken);
            lock (created)
            {
                created[run.RunId] = result;
            }
        });
        var finished = recorder.Finished;
        return await MeasureAsync(phase, runs, counter, finished, id => start(created[id]), created.Keys.ToList());
    }

    private static async Task<PhaseResult> MeasureAsync(
        string phase, int runs, StorageRequestCounter counter, ConcurrentDictionary<string, long> finished, Func<string, Task> start, IReadOnlyList<string>? ids = null)
    {
        ids ??= Enumerable.Range(0, runs + 10).Select(i => "b" + Guid.NewGuid().ToString("N")).ToList();
        var warm = ids.Take(10).ToList();
        var measured = ids.Skip(10).Take(runs).ToList();
        foreach (var id in warm)
        {
            await start(id);
        }

        await WaitAsync(finished, warm, TimeSpan.FromMinutes(2));
        var startedAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var requestsBefore = counter.Total;
        var first = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(measured, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, _) =>
        {
            startedAt[id] = Stopwatch.GetTimestamp();
            await start(id);
        });
        var complete = await WaitAsync(finished, measured, TimeSpan.FromMinutes(10));
        var requests = counter.Total - requestsBefore;
        var last = measured.Where(finished.ContainsKey).Select(id => finished[id]).DefaultIfEmpty(Stopwatch.GetTimestamp()).Max();
        var latencies = measured.Where(finished.ContainsKey).Select(id => Stopwatch.GetElapsedTime(startedAt[id], finished[id]).TotalMilliseconds).Order().ToList();
        var result = new PhaseResult(phase, complete, complete / Stopwatch.GetElapsedTime(first, last).TotalSeconds, Pct(latencies, 50), Pct(latencies, 99), (double)requests / runs);
        Console.WriteLine(result.Row());
        return result;
    }

    private static async Task<int> WaitAsync(ConcurrentDictionary<string, long> finished, IReadOnlyList<string> ids, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (ids.Count(finished.ContainsKey) < ids.Count && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(50);
        }

        return ids.Count(finished.ContainsKey);
    }

    private static double Pct(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static JobTemplate Template()
    {
        var json = $$$$"""
            {"template_key":"bench.durable","name":"Three no-ops","category":"ops","version":"1.0.0",
             "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
             "steps":{{{{ThreeNoops}}}}}
            """;
        using var document = JsonDocument.Parse(json);
        return JobTemplateParser.Parse(document.RootElement.Clone()).Template!;
    }

    private static Run NewRun(string runId, JobTemplate template) => new()
    {
        RunId = runId,
        TenantId = "bench-" + (runId.GetHashCode(StringComparison.Ordinal) & 3).ToString(CultureInfo.InvariantCulture),
        TemplateKey = template.TemplateKey,
        TemplateVersion = template.Version,
        TemplateJson = JobTemplateJson.ToJsonString(template),
        InputsJson = "{}",
        InputsSha256 = CanonicalJson.Sha256Hex("{}"),
        TraceId = "trace-" + runId,
        RequestedAt = DateTimeOffset.UtcNow,
    };

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private sealed record PhaseResult(string Phase, int Runs, double RunsPerSecond, double P50, double P99, double RequestsPerRun)
    {
        public string Row() => string.Create(CultureInfo.InvariantCulture,
            $"| {Phase} | {Runs} | {RunsPerSecond:0.0} | {P50:0} | {P99:0} | {RequestsPerRun:0.0} |");
    }
}
