using System.Diagnostics;
using System.Globalization;
using JobForge.TestKit.Hosting;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// Process kills: three servers on one Azurite under the mixed load; every interval one of them, chosen by the seeded
/// random, is killed with SIGKILL and started again. The oracle must hold afterwards. Reports the kills survived and
/// the longest a run waited for its next step (re-dispatch after its server died).
/// </summary>
internal static class KillScenario
{
    private const string Name = "process kills";

    public static async Task<List<ReportRow>> RunAsync(ChaosOptions options)
    {
        await using var sink = await HttpSink.StartAsync();
        await using var cluster = await Cluster.StartAsync(3);
        using var api = new ChaosApi(cluster);
        var load = await MixedLoad.SetUpAsync(api, sink);
        await load.StartCronAsync();
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(options.EventsPerSecond, options.JobsPerSecond, stop.Token);

        var random = new Random(options.Seed);
        var kills = 0;
        var restarts = new List<double>();
        var clock = Stopwatch.StartNew();
        // Kills on a fixed schedule (every interval from the start), so a slow restart does not stretch the spacing.
        for (var due = options.KillInterval; due <= options.KillDuration; due += options.KillInterval)
        {
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var victim = random.Next(cluster.Size);
            restarts.Add((await cluster.KillAndRestartAsync(victim)).TotalSeconds);
            kills++;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[kills] {clock.Elapsed.TotalSeconds:F0} s: killed server {victim}, restarted in {restarts[^1]:F1} s"));
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        stop.Cancel();
        await running;
        await load.StopCronAsync();
        var (runs, drained) = await Oracle.DrainAsync(api, load, TimeSpan.FromMinutes(5));
        var errors = load.Answers.Where(a => a.Status >= 500 && a.Status != 503).ToList();
        var rows = new List<ReportRow>
        {
            new(Name, $"SIGKILL one of 3 servers every {options.KillInterval.TotalSeconds:0} s for {options.KillDuration.TotalSeconds:0} s",
                string.Create(CultureInfo.InvariantCulture,
                    $"{kills} kills survived; restarts took {restarts.DefaultIfEmpty().Min():F1}–{restarts.DefaultIfEmpty().Max():F1} s; {load.Answers.Count} API answers: {MixedLoad.Describe(load.Answers)}"),
                kills > 0 && errors.Count == 0),
            new(Name, "longest re-dispatch (a run's longest wait for its next step)",
                string.Create(CultureInfo.InvariantCulture, $"{Oracle.LongestWait(load, sink).TotalSeconds:F1} s; all runs finished {drained.TotalSeconds:F0} s after the load stopped"),
                null),
        };
        rows.AddRange(await Oracle.CheckAsync(Name, api, load, sink, runs));
        return rows;
    }
}
