using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JobForge.TestKit.Hosting;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// The independent oracle over what the load was told and what the sink saw, read back through the API after the load
/// stops: every acknowledged event stored once, every accepted run finished, each step's effect once per idempotency
/// key, every cron slot of the window fired exactly once, every matching event fired its trigger exactly once.
/// </summary>
internal static class Oracle
{
    private static readonly string[] Terminal = ["succeeded", "failed", "rolled_back", "rollback_failed", "canceled"];

    /// <summary>
    /// Waits until every run of the tenant is finished and no request is pending, or <paramref name="timeout"/>;
    /// returns the runs and the time it took. Lists every 5 s: the listing itself is load on a busy machine.
    /// </summary>
    public static async Task<(List<JsonElement> Runs, TimeSpan Took)> DrainAsync(ChaosApi api, MixedLoad load, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var runs = await api.ListAllAsync(load.Key, $"/api/v1/jobs?tenant_id={MixedLoad.Tenant}", "runs");
            var unfinished = runs.Count(r => !Terminal.Contains(r.GetProperty("status").GetString()));
            if ((unfinished == 0 && load.Pending == 0) || clock.Elapsed > timeout)
            {
                return (runs, clock.Elapsed);
            }

            await Task.Delay(5000);
        }
    }

    /// <summary>
    /// While the load goes on: waits until no request generated before <paramref name="before"/> is pending and every
    /// job request accepted for it has a finished run (each run read once it is known finished), or <paramref name="timeout"/>.
    /// </summary>
    public static async Task WaitSettledAsync(ChaosApi api, MixedLoad load, DateTimeOffset before, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var finished = new HashSet<string>(StringComparer.Ordinal);
        while (clock.Elapsed < timeout)
        {
            var open = load.AcceptedRuns.Values.Where(r => r.At < before && !finished.Contains(r.RunId)).Select(r => r.RunId).ToList();
            foreach (var runId in open)
            {
                var answer = await api.SendAsync(HttpMethod.Get, load.Key, "/api/v1/jobs/" + runId, null);
                if (answer.IsSuccess && Terminal.Contains(answer.Json().GetProperty("status").GetString()))
                {
                    finished.Add(runId);
                }
            }

            if (!load.HasPendingFrom(before) && load.AcceptedRuns.Values.All(r => r.At >= before || finished.Contains(r.RunId)))
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    public static async Task<List<ReportRow>> CheckAsync(string scenario, ChaosApi api, MixedLoad load, HttpSink sink, List<JsonElement> runs)
    {
        var rows = new List<ReportRow>();

        // Events: every acknowledged id is stored exactly once.
        var stored = (await api.ListAllAsync(load.Key, $"/api/v1/events?tenant_id={MixedLoad.Tenant}", "events"))
            .GroupBy(e => e.GetProperty("event_id").GetString()!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = load.AcknowledgedEvents.Keys.Count(id => !stored.ContainsKey(id));
        var doubled = stored.Count(pair => pair.Value > 1);
        rows.Add(new(scenario, "acknowledged events stored once", $"{load.AcknowledgedEvents.Count} acknowledged, {lost} lost, {doubled} stored twice", lost == 0 && doubled == 0));

        // Runs: every accepted job request's run, and every other run, finished (succeeded: the sink answers 200).
        var byId = runs.ToDictionary(r => r.GetProperty("run_id").GetString()!, r => r.GetProperty("status").GetString()!, StringComparer.Ordinal);
        var missing = load.AcceptedRuns.Values.Count(r => !byId.ContainsKey(r.RunId));
        var statuses = string.Join(", ", byId.Values.GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"));
        var allSucceeded = byId.Values.All(s => s == "succeeded");
        rows.Add(new(scenario, "every run finished", $"{load.AcceptedRuns.Count} job requests accepted ({missing} without a run); all {byId.Count} runs: {statuses}", missing == 0 && allSucceeded));

        // Step effects: one idempotency key per run and step (a repeated call reuses it), three steps per succeeded run.
        var keys = sink.Requests.ToList().Select(r => r.IdempotencyKey).OfType<string>().ToList();
        var perStep = keys.GroupBy(k => k[..k.LastIndexOf(':')], StringComparer.Ordinal).ToList();
        var twoKeys = perStep.Count(g => g.Distinct(StringComparer.Ordinal).Count() > 1);
        var succeededRuns = byId.Where(p => p.Value == "succeeded").Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var effects = perStep.Count(g => succeededRuns.Contains(g.Key[..g.Key.LastIndexOf(':')]));
        var repeats = keys.Count - keys.Distinct(StringComparer.Ordinal).Count();
        rows.Add(new(scenario, "step effects once per idempotency key",
            $"{effects} step effects for {succeededRuns.Count} runs × 3; {twoKeys} steps under two attempt keys; {repeats} calls repeated with the same key",
            effects == succeededRuns.Count * 3 && twoKeys == 0));

        // Cron: every slot from the first after enabling to the last before disabling fired exactly once (fire_once,
        // and gaps shorter than the 60 s misfire grace fire every slot late).
        var cron = await api.ListAllAsync(load.Key, $"/api/v1/triggers/{MixedLoad.CronTrigger}/decisions", "items");
        var fires = cron.Where(d => d.GetProperty("decision").GetString() == "fire" && d.GetProperty("scheduled_at").ValueKind == JsonValueKind.String)
            .Select(d => (Slot: d.GetProperty("scheduled_at").GetDateTimeOffset(), At: d.GetProperty("evaluated_at").GetDateTimeOffset(),
                RunId: d.TryGetProperty("run_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null))
            .ToList();
        var fired = fires.GroupBy(f => f.Slot).ToDictionary(g => g.Key, g => g.Select(f => f.RunId).Distinct().Count());
        var first = SecondAfter(load.CronEnabledAt.AddSeconds(2));
        var last = SecondAfter(load.CronDisabledAt.AddSeconds(-2));
        var window = Enumerable.Range(0, Math.Max(0, (int)(last - first).TotalSeconds)).Select(i => first.AddSeconds(i)).ToList();
        var missed = window.Where(slot => !fired.ContainsKey(slot)).ToList();
        // fire_once: a slot the scheduler reached more than MisfireGrace (60 s) late is collapsed into the latest missed
        // slot, so it is explained when the next fire after it happened more than 60 s after it; any other gap is a loss.
        var unexplained = missed.Count(slot => fires.Where(f => f.Slot > slot).Select(f => f.At).DefaultIfEmpty(DateTimeOffset.MinValue).Min() <= slot.AddSeconds(60));
        var twice = fired.Count(p => p.Value > 1);
        var lateness = fires.Select(f => (f.At - f.Slot).TotalSeconds).Order().ToList();
        rows.Add(new(scenario, "every cron slot fired exactly once per misfire policy (every second, fire_once, 60 s grace)",
            string.Create(CultureInfo.InvariantCulture,
                $"{window.Count} slots: {window.Count - missed.Count} fired, {missed.Count - unexplained} collapsed by fire_once (scheduler over 60 s behind), {unexplained} lost, {twice} fired into two runs; fire lateness p50 {Percentile(lateness, 50):F1} s, max {Percentile(lateness, 100):F1} s; {load.CronBehindAtStop.TotalSeconds:F0} s behind when the load stopped"),
            unexplained == 0 && twice == 0));
        if (Environment.GetEnvironmentVariable("CHAOS_DEBUG") is not null)
        {
            foreach (var f in fires.OrderBy(f => f.Slot))
            {
                Console.Error.WriteLine($"[cron] slot {f.Slot:HH:mm:ss} fired {f.At:HH:mm:ss.f} late {(f.At - f.Slot).TotalSeconds:F1} s");
            }
        }

        // Event trigger: each acknowledged matching event fired exactly one run. The run is the effect: a fire whose
        // decision record was lost with a killed server still shows as the run keyed by its fire identity.
        var decisions = await api.ListAllAsync(load.Key, $"/api/v1/triggers/{MixedLoad.EventTrigger}/decisions", "items");
        var identityPrefix = $"trg:{MixedLoad.EventTrigger}:evt:";
        var runsByEvent = decisions.Where(d => d.GetProperty("decision").GetString() == "fire" && d.GetProperty("event_id").ValueKind == JsonValueKind.String)
            .Select(d => (EventId: d.GetProperty("event_id").GetString()!, RunId: d.TryGetProperty("run_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null))
            .Concat(runs.Where(r => r.TryGetProperty("idempotency_key", out var k) && k.ValueKind == JsonValueKind.String && k.GetString()!.StartsWith(identityPrefix, StringComparison.Ordinal))
                .Select(r => (EventId: r.GetProperty("idempotency_key").GetString()![identityPrefix.Length..], RunId: r.GetProperty("run_id").GetString())))
            .GroupBy(p => p.EventId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.RunId).OfType<string>().Distinct().Count(), StringComparer.Ordinal);
        var matching = load.AcknowledgedEvents.Where(p => p.Value == MixedLoad.MatchingType).Select(p => p.Key).ToList();
        var notFired = matching.Count(id => !runsByEvent.ContainsKey(id));
        if (Environment.GetEnvironmentVariable("CHAOS_DEBUG") is not null)
        {
            Console.Error.WriteLine("[event] not fired: " + string.Join(' ', matching.Where(id => !runsByEvent.ContainsKey(id)).Order()));
            Console.Error.WriteLine("[event] decisions: " + string.Join(", ", decisions.GroupBy(d => d.GetProperty("decision").GetString()).Select(g => $"{g.Count()} {g.Key}")));
        }

        var firedTwice = runsByEvent.Count(p => p.Value > 1);
        rows.Add(new(scenario, "event trigger fired once per matching event", $"{matching.Count} matching events: {notFired} not fired, {firedTwice} fired into two runs",
            notFired == 0 && firedTwice == 0));
        return rows;
    }

    /// <summary>The longest gap a run waited between two of its step calls (or from acceptance to its first call).</summary>
    public static TimeSpan LongestWait(MixedLoad load, HttpSink sink)
    {
        var accepted = load.AcceptedRuns.Values.ToDictionary(r => r.RunId, r => r.At, StringComparer.Ordinal);
        var longest = TimeSpan.Zero;
        foreach (var run in sink.Requests.ToList().Where(r => r.IdempotencyKey is not null).GroupBy(r => r.IdempotencyKey!.Split(':')[0], StringComparer.Ordinal))
        {
            var times = run.Select(r => r.At).Order().ToList();
            if (accepted.TryGetValue(run.Key, out var at))
            {
                times.Insert(0, at);
            }

            for (var i = 1; i < times.Count; i++)
            {
                longest = times[i] - times[i - 1] > longest ? times[i] - times[i - 1] : longest;
            }
        }

        return longest;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static DateTimeOffset SecondAfter(DateTimeOffset at) =>
        new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero).AddSeconds(1);
}
