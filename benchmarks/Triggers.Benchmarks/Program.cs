using System.Diagnostics;
using System.Globalization;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Time.Testing;
using JobForge.Triggers.Benchmarks;

// Trigger scheduling benchmark (in-process, in-memory stores, the real scheduler, evaluator and JobSubmitter).
// Usage: scripts/bench-triggers [--triggers 100000] [--ticks 300] [--burst 2000] [--live-seconds 10] [--live-triggers 50]
//   [--azurite-burst 2000] [--compare 0|1] [--rounds 1] [--catch-up 0] [--catch-up-slots 30]
// --compare 1 runs the Azurite burst before (one transaction per run's creation) and after (group-committed) in each
// round; --catch-up N adds N every-second triggers × M missed slots on Azurite, checkpoint per slot vs once per batch.
var options = Args(args);
int Opt(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var triggerCount = Opt("triggers", 100_000);
var tickCount = Opt("ticks", 300);
var burst = Opt("burst", 2000);
var liveSeconds = Opt("live-seconds", 10);
var liveTriggers = Opt("live-triggers", 50);
var azuriteBurst = Opt("azurite-burst", 2000);
var compare = Opt("compare", 0) == 1;
var rounds = Opt("rounds", 1);
var catchUp = Opt("catch-up", 0);
var catchUpSlots = Opt("catch-up-slots", 30);
var rows = new List<(string Measure, string Value)>();

var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
var clock = new FakeTimeProvider(start);
await using (var host = await BenchHost.StartAsync(clock))
{
    for (var i = 0; i < triggerCount; i++)
    {
        // Daily triggers spread over every minute of the day: ~70 due per minute with 100,000.
        await host.AddAsync("t" + i.ToString(CultureInfo.InvariantCulture), $"{i % 60} {(i / 60) % 24} * * *", start);
    }

    // The burst: 2,000 triggers due in the second right after the last minute tick (nothing else due then).
    var burstAt = start.AddMinutes(tickCount).AddSeconds(30);
    for (var i = 0; i < burst; i++)
    {
        await host.AddAsync("b" + i.ToString(CultureInfo.InvariantCulture), $"30 {burstAt.Minute} {burstAt.Hour} * * *", start);
    }

    var load = Stopwatch.StartNew();
    await host.Scheduler.TickAsync(clock.GetUtcNow()); // elect and load the index
    rows.Add(("index load (triggers)", $"{host.Scheduler.Index.Count:N0} in {load.ElapsedMilliseconds} ms"));

    var idle = new List<double>();
    for (var i = 0; i < 1000; i++)
    {
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var sw = Stopwatch.StartNew();
        await host.Scheduler.TickAsync(clock.GetUtcNow());
        idle.Add(sw.Elapsed.TotalMilliseconds);
    }

    rows.Add(("idle tick (nothing due) p50 / p99", $"{P(idle, 50):F3} / {P(idle, 99):F3} ms"));
    var busy = new List<double>();
    var fired = 0;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < tickCount; i++)
    {
        clock.SetUtcNow(start.AddMinutes(i + 1));
        var sw = Stopwatch.StartNew();
        fired += (await host.Scheduler.TickAsync(clock.GetUtcNow())).Evaluated;
        busy.Add(sw.Elapsed.TotalMilliseconds);
    }

    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / tickCount;
    rows.Add(($"minute tick, {triggerCount:N0} triggers (~{fired / Math.Max(1, tickCount)} fired) p50 / p99", $"{P(busy, 50):F2} / {P(busy, 99):F2} ms"));
    rows.Add(("  CPU per minute tick (all threads, mean)", $"{cpu:F2} ms"));

    clock.SetUtcNow(burstAt);
    var burstWatch = Stopwatch.StartNew();
    var burstResult = await host.Scheduler.TickAsync(clock.GetUtcNow());
    rows.Add(($"{burst:N0} due in one second (fast in-memory submitter)", $"{burstResult.Evaluated:N0} requested in {burstWatch.ElapsedMilliseconds} ms"));
}

await using (var live = await BenchHost.StartAsync(TimeProvider.System))
{
    var now = DateTimeOffset.UtcNow;
    for (var i = 0; i < liveTriggers; i++)
    {
        await live.AddAsync("l" + i.ToString(CultureInfo.InvariantCulture), "* * * * * *", now);
    }

    using var stop = new CancellationTokenSource();
    await live.Scheduler.StartAsync(stop.Token);
    await Task.Delay(TimeSpan.FromSeconds(liveSeconds));
    await live.Scheduler.StopAsync(CancellationToken.None);
    var lateness = new List<double>();
    for (var i = 0; i < liveTriggers; i++)
    {
        var page = await live.Decisions.ListAsync(BenchHost.Tenant, "l" + i.ToString(CultureInfo.InvariantCulture), null, 1000);
        foreach (var decision in page.Items.Where(d => d.RunId is not null && d.ScheduledAt is not null))
        {
            var run = await live.Runs.GetAsync(BenchHost.Tenant, decision.RunId!);
            lateness.Add((run!.RequestedAt - decision.ScheduledAt!.Value).TotalMilliseconds);
        }
    }

    rows.Add(($"fire lateness, live scheduler, {liveTriggers} every-second triggers, {lateness.Count:N0} fires p50 / p99",
        $"{P(lateness, 50):F1} / {P(lateness, 99):F1} ms"));
}

for (var round = 1; round <= rounds; round++)
{
    if (azuriteBurst > 0)
    {
        if (compare)
        {
            await AzuriteBurstAsync($"round {round}, before (a transaction per run): ", new Dictionary<string, string?> { ["JobForge:Runs:SeparateCreationTransactions"] = "true" });
        }

        await AzuriteBurstAsync(compare ? $"round {round}, after (group-committed): " : "", null);
    }

    if (catchUp > 0)
    {
        await CatchUpAsync($"round {round}, before (checkpoint per slot): ", "true");
        await CatchUpAsync($"round {round}, after (checkpoint per batch): ", "false");
    }
}

async Task AzuriteBurstAsync(string label, IReadOnlyDictionary<string, string?>? extra)
{
    var azurite = await AzuriteInstance.Shared;
    var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    var azClock = new FakeTimeProvider(at);
    var counter = new StorageRequestCounter();
    await using var real = await BenchHost.StartAsync(azClock, azurite.ConnectionString, counter, extra);
    await Parallel.ForEachAsync(Enumerable.Range(0, azuriteBurst), new ParallelOptions { MaxDegreeOfParallelism = 32 },
        async (i, _) => await real.AddAsync("z" + i.ToString(CultureInfo.InvariantCulture), "30 * * * * *", at));
    await real.Scheduler.TickAsync(azClock.GetUtcNow());
    azClock.SetUtcNow(at.AddSeconds(15)); // the change feed reports the 2,000 new triggers: read it before the burst, not in it
    await real.Scheduler.TickAsync(azClock.GetUtcNow());
    azClock.SetUtcNow(at.AddSeconds(30));
    counter.Reset();
    var watch = Stopwatch.StartNew();
    var result = await real.Scheduler.TickAsync(azClock.GetUtcNow());
    Burst($"{label}{azuriteBurst:N0} due in one second (real submitter, Table stores on Azurite), first fire of each", result.Evaluated, watch.ElapsedMilliseconds);

    // The same 2,000 a minute later: the leader's steady state (every-minute, or daily at one instant, alike).
    azClock.SetUtcNow(at.AddSeconds(90));
    counter.Reset();
    watch.Restart();
    result = await real.Scheduler.TickAsync(azClock.GetUtcNow());
    Burst($"{label}{azuriteBurst:N0} due in one second again, one minute later", result.Evaluated, watch.ElapsedMilliseconds);

    void Burst(string measure, int evaluated, long ms)
    {
        rows.Add((measure, $"{evaluated:N0} requested in {ms} ms"));
        rows.Add(("  storage requests per fire", (counter.Total / (double)Math.Max(1, evaluated)).ToString("F2", CultureInfo.InvariantCulture)));
        foreach (var (target, count) in counter.ByTarget.OrderByDescending(p => p.Value))
        {
            rows.Add(("    " + target, (count / (double)Math.Max(1, evaluated)).ToString("F2", CultureInfo.InvariantCulture)));
        }
    }
}

// Catch-up after an outage: N every-second triggers whose last M slots were missed, fired in one tick.
async Task CatchUpAsync(string label, string checkpointEachSlot)
{
    var azurite = await AzuriteInstance.Shared;
    var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    var azClock = new FakeTimeProvider(at);
    var counter = new StorageRequestCounter();
    await using var real = await BenchHost.StartAsync(azClock, azurite.ConnectionString, counter,
        new Dictionary<string, string?>
        {
            ["JobForge:Triggers:Scheduler:CheckpointEachSlot"] = checkpointEachSlot,
            ["JobForge:Triggers:Scheduler:ChangePollInterval"] = "00:10:00", // no change-feed read inside the timed tick
        });
    for (var i = 0; i < catchUp; i++)
    {
        await real.AddAsync("c" + i.ToString(CultureInfo.InvariantCulture), "* * * * * *", at);
    }

    await real.Scheduler.TickAsync(azClock.GetUtcNow()); // elected, index loaded
    azClock.SetUtcNow(at.AddSeconds(catchUpSlots));
    counter.Reset();
    var watch = Stopwatch.StartNew();
    var result = await real.Scheduler.TickAsync(azClock.GetUtcNow());
    rows.Add(($"{label}catch-up, {catchUp} every-second triggers × {catchUpSlots} missed slots",
        string.Create(CultureInfo.InvariantCulture, $"{result.Evaluated:N0} fired in {watch.ElapsedMilliseconds} ms, {counter.Total / (double)Math.Max(1, result.Evaluated):F2} requests per fire")));
}

var width = rows.Max(r => r.Measure.Length);
Console.WriteLine($"{"measure".PadRight(width)} | value");
Console.WriteLine(new string('-', width) + "-|------------------------------");
foreach (var (measure, value) in rows)
{
    Console.WriteLine($"{measure.PadRight(width)} | {value}");
}

static double P(List<double> values, int percentile)
{
    if (values.Count == 0)
    {
        return double.NaN;
    }

    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static Dictionary<string, string> Args(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i].TrimStart('-')] = args[i + 1];
    }

    return result;
}
