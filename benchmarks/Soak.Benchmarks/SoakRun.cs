using System.Globalization;
using JobForge.Domain.Runs;
using JobForge.Runs.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Soak.Benchmarks;

/// <summary>
/// The soak: measure the ceilings, then mixed load at half of them (a quarter of the run ceiling as runs/s plus a
/// quarter of the event ceiling as events/s) for the duration; sample resources every interval, summarise latency and
/// errors per window, and print each series' trend per 10 minutes. At the end every requested run must have finished.
/// </summary>
internal static class SoakRun
{
    public static async Task<int> RunAsync(double minutes, double? runRate, double? eventRate, int windowMinutes, int sampleSeconds)
    {
        await using var scenario = await Scenario.StartAsync(1, 4);
        var probeTime = TimeSpan.FromSeconds(15);
        double runCeiling = double.NaN, eventCeiling = double.NaN;
        if (runRate is null || eventRate is null)
        {
            await CapacityProbe.RunsPerSecondAsync(scenario, 8, TimeSpan.FromSeconds(3)); // warm-up
            runCeiling = await CapacityProbe.RunsPerSecondAsync(scenario, 32, probeTime);
            eventCeiling = await CapacityProbe.EventsPerSecondAsync(scenario, 32, probeTime);
        }

        var runs = runRate ?? Math.Max(1, Math.Round(runCeiling / 4));
        var events = eventRate ?? Math.Max(1, Math.Round(eventCeiling / 4));
        var before = await scenario.CountRunsAsync();
        var recorder = new WindowRecorder();
        var sampler = new ResourceSampler(scenario.Counter, recorder, scenario.Azurite.ProcessId);
        var load = new MixedLoad(scenario.Clients, scenario.Tenants, BenchServer.BootstrapKey, recorder);
        var duration = TimeSpan.FromMinutes(minutes);
        using var stop = new CancellationTokenSource();
        var loadTask = load.RunAsync(runs, events, duration, stop.Token);
        var samples = new List<ResourceSample> { sampler.Sample() };
        var windows = new List<(ResourceSample End, WindowSummary Summary)>();
        var nextWindow = TimeSpan.FromMinutes(windowMinutes);
        Console.Error.WriteLine($"soak: {runs} runs/s + {events} events/s for {minutes} min (ceilings {runCeiling:F0} runs/s, {eventCeiling:F0} events/s)");
        while (!loadTask.IsCompleted)
        {
            await Task.WhenAny(loadTask, Task.Delay(TimeSpan.FromSeconds(sampleSeconds)));
            var sample = sampler.Sample();
            samples.Add(sample);
            if (sample.At >= nextWindow || loadTask.IsCompleted)
            {
                var summary = recorder.Close();
                if (summary.Operations == 0 && windows.Count > 0)
                {
                    continue; // the load ended on a window's edge: no empty last window
                }

                windows.Add((sample, summary));
                nextWindow += TimeSpan.FromMinutes(windowMinutes);
                var w = windows[^1];
                Console.Error.WriteLine($"  {sample.At:hh\\:mm\\:ss} ops {w.Summary.Operations} p99 {w.Summary.P99:F1} ms errors {w.Summary.Errors} ws {sample.WorkingSetMb:F0} MB heap {sample.GcHeapMb:F0} MB threads {sample.ThreadPoolThreads} fds {sample.Handles}");
            }
        }

        await loadTask;
        var expected = (int)Math.Round(minutes * 60 * runs);
        var store = scenario.Servers[0].App.Services.GetRequiredService<IRunExecutionStore>();
        var outcome = Outcome(await RunLoad.CollectAsync(store, scenario.TenantIds, before + expected, TimeSpan.FromSeconds(300)), before);
        var drained = await AfterDrainAsync(sampler); // the run list is let go first: it is the benchmark's, not the server's
        Print(minutes, runs, events, runCeiling, eventCeiling, samples, windows, outcome);
        PrintAfterDrain(windows[0].End, drained);
        return 0;
    }

    private static void Print(double minutes, double runs, double events, double runCeiling, double eventCeiling,
        List<ResourceSample> samples, List<(ResourceSample End, WindowSummary Summary)> windows, (int Requested, int Succeeded, int Unfinished) outcome)
    {
        Console.WriteLine($"# Soak: {minutes} min, {runs} runs/s (three steps, lifecycle events on) + {events} events/s (1 KB), 4 tenants, one server, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"Ceilings measured first (closed loop, 32 clients, 15 s): {runCeiling:F0} runs/s, {eventCeiling:F0} events/s; the soak runs a quarter of each (half the machine in all).");
        Console.WriteLine();
        Console.WriteLine("| window end | ops | p50 ms | p99 ms | errors | working set MB | GC heap MB | thread pool | handles | storage req/op | Azurite RSS MB | Azurite CPU % |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var previous = samples[0];
        foreach (var (end, summary) in windows)
        {
            var ops = end.Operations - previous.Operations;
            var requestsPerOp = (end.StorageRequests - previous.StorageRequests) / (double)Math.Max(1, ops);
            var cpu = (end.AzuriteCpuSeconds - previous.AzuriteCpuSeconds) / (end.At - previous.At).TotalSeconds * 100;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {end.At:hh\\:mm\\:ss} | {summary.Operations} | {summary.P50:F1} | {summary.P99:F1} | {summary.Errors} | {end.WorkingSetMb:F0} | {end.GcHeapMb:F0} | {end.ThreadPoolThreads} | {end.Handles} | {requestsPerOp:F2} | {end.AzuriteRssMb:F0} | {cpu:F0} |"));
            previous = end;
        }

        // Trends over the samples after the first window (warm-up: caches fill, the heap finds its size).
        var steady = samples.Where(s => s.At >= windows[0].End.At).ToList();
        var perWindow = windows.Skip(1).ToList();
        Console.WriteLine();
        Console.WriteLine("| series (after the first window) | mean | trend per 10 min | trend % of mean per 10 min |");
        Console.WriteLine("|---|---:|---:|---:|");
        TrendRow("working set MB", steady.Select(s => (s.At, s.WorkingSetMb)).ToList());
        TrendRow("GC heap MB", steady.Select(s => (s.At, s.GcHeapMb)).ToList());
        TrendRow("thread pool threads", steady.Select(s => (s.At, (double)s.ThreadPoolThreads)).ToList());
        TrendRow("handles (/proc/self/fd)", steady.Select(s => (s.At, (double)s.Handles)).ToList());
        TrendRow("Azurite RSS MB", steady.Select(s => (s.At, s.AzuriteRssMb)).ToList());
        var windowPoints = new List<(TimeSpan, double)>();
        var prior = windows[0].End;
        foreach (var (end, _) in perWindow)
        {
            windowPoints.Add((end.At, (end.StorageRequests - prior.StorageRequests) / (double)Math.Max(1, end.Operations - prior.Operations)));
            prior = end;
        }

        TrendRow("storage requests per operation", windowPoints);
        TrendRow("p99 ms", perWindow.Select(w => (w.End.At, w.Summary.P99)).ToList());
        Console.WriteLine();
        Console.WriteLine($"Request errors: {windows.Sum(w => w.Summary.Errors)} ({string.Join("; ", windows.Where(w => w.Summary.Errors > 0).Select(w => w.Summary.ErrorKinds))}). "
            + $"Runs: {outcome.Requested} requested in the soak, {outcome.Succeeded} succeeded in all, {outcome.Unfinished} unfinished after the drain.");
    }

    private static (int Requested, int Succeeded, int Unfinished) Outcome(List<RunRecord> all, int before)
    {
        var mine = all.Where(r => r.Run.TemplateKey == Scenario.TemplateKey).ToList();
        return (mine.Count - before, mine.Count(r => r.Status == RunStatus.Succeeded), mine.Count(r => r.State?.FinishedAt is null));
    }

    // After the drain: a minute with no load (pooled connections idle out, the queue in front of Azurite is empty), then
    // a full blocking compacting GC, so what is left is what the server keeps, not garbage not yet collected.
    private static async Task<ResourceSample> AfterDrainAsync(ResourceSampler sampler)
    {
        await Task.Delay(TimeSpan.FromSeconds(60));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return sampler.Sample();
    }

    private static void PrintAfterDrain(ResourceSample firstWindow, ResourceSample drained)
    {
        Console.WriteLine();
        Console.WriteLine("| after the drain (60 s idle, then a full GC) | working set MB | GC heap MB | thread pool | handles | Azurite RSS MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| end of the first window | {firstWindow.WorkingSetMb:F0} | {firstWindow.GcHeapMb:F0} | {firstWindow.ThreadPoolThreads} | {firstWindow.Handles} | {firstWindow.AzuriteRssMb:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| after the drain | {drained.WorkingSetMb:F0} | {drained.GcHeapMb:F0} | {drained.ThreadPoolThreads} | {drained.Handles} | {drained.AzuriteRssMb:F0} |"));
    }

    private static void TrendRow(string name, List<(TimeSpan At, double Value)> points)
    {
        var (perTen, relative) = Trend.Of(points);
        var mean = points.Count == 0 ? double.NaN : points.Average(p => p.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {mean:F2} | {perTen:+0.00;-0.00} | {relative:+0.0;-0.0}% |"));
    }
}
