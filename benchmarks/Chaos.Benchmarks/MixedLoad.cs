using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using JobForge.TestKit.Hosting;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// The mixed load of the outage and kill scenarios on one tenant: events at a fixed rate (every tenth of type
/// <c>chaos.match</c>, which an event trigger turns into a run), job requests at a fixed rate, and a cron trigger firing
/// every second; every run has three HTTP steps against the loopback sink. Each event and job request is retried with
/// the same event id or idempotency key until it is acknowledged, as a well-behaved client would.
/// </summary>
internal sealed class MixedLoad
{
    public const string Tenant = "chaos";
    public const string TemplateKey = "chaos.mixed";
    public const string CronTrigger = "chaos-cron";
    public const string EventTrigger = "chaos-event";
    public const string MatchingType = "chaos.match";

    private readonly ChaosApi _api;
    private readonly ConcurrentDictionary<long, DateTimeOffset> _pendingSince = new();
    private long _submissions;

    private MixedLoad(ChaosApi api, string key)
    {
        _api = api;
        Key = key;
    }

    public string Key { get; }

    /// <summary>Every answer the load got (every attempt).</summary>
    public ConcurrentQueue<ApiAnswer> Answers { get; } = new();

    /// <summary>Acknowledged events: id → type.</summary>
    public ConcurrentDictionary<string, string> AcknowledgedEvents { get; } = new(StringComparer.Ordinal);

    /// <summary>Accepted job requests: idempotency key → (run id, when accepted).</summary>
    public ConcurrentDictionary<string, (string RunId, DateTimeOffset At)> AcceptedRuns { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests generated but not yet acknowledged.</summary>
    public int Pending => _pendingSince.Count;

    /// <summary>Whether some request generated before <paramref name="at"/> is still not acknowledged.</summary>
    public bool HasPendingFrom(DateTimeOffset at) => _pendingSince.Values.Any(since => since < at);

    public DateTimeOffset CronEnabledAt { get; private set; }

    public DateTimeOffset CronDisabledAt { get; private set; }

    /// <summary>How far the scheduler's latest fired slot was behind the clock when the load stopped.</summary>
    public TimeSpan CronBehindAtStop { get; private set; }

    public static async Task<MixedLoad> SetUpAsync(ChaosApi api, HttpSink sink)
    {
        var template = $$$"""
            {"template_key":"{{{TemplateKey}}}","name":"Chaos mixed","category":"ops","version":"1.0.0",
             "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
             "steps":[
              {"id":"s1","uses":"http","with":{"method":"GET","url":"{{{sink.BaseUrl}}}/ok/s1"}},
              {"id":"s2","uses":"http","depends_on":["s1"],"with":{"method":"GET","url":"{{{sink.BaseUrl}}}/pause/s2"}},
              {"id":"s3","uses":"http","depends_on":["s2"],"with":{"method":"GET","url":"{{{sink.BaseUrl}}}/ok/s3"}}]}
            """;
        await api.RegisterAsync(TemplateKey, template, Tenant);
        var key = await api.CreateKeyAsync(Tenant, "events:write", "events:read", "jobs:write", "jobs:read", "ops:read", "triggers:admin");
        var load = new MixedLoad(api, key);
        await api.MustAsync(HttpMethod.Post, key, "/api/v1/triggers", Trigger(EventTrigger, "event", $"\"event_type_filter\":\"{MatchingType}\""));
        // A trigger created on one server reaches the other servers' event index within ChangePollInterval (10 s,
        // docs/triggers.md); events accepted before then may be dispatched by a server that does not know it yet.
        await Task.Delay(TimeSpan.FromSeconds(12));
        return load;
    }

    /// <summary>Enables the every-second cron trigger (slots from now on must each fire once).</summary>
    public async Task StartCronAsync()
    {
        await _api.MustAsync(HttpMethod.Post, Key, "/api/v1/triggers",
            Trigger(CronTrigger, "cron", "\"cron_expression\":\"* * * * * *\",\"misfire_policy\":\"fire_once\""));
        CronEnabledAt = DateTimeOffset.UtcNow;
    }

    /// <summary>
    /// Waits (at most two minutes) until the scheduler has caught up with the cron trigger's slots, then disables it;
    /// slots after this are not expected. Returns how far behind the scheduler was when the load stopped.
    /// </summary>
    public async Task<TimeSpan> StopCronAsync()
    {
        var behind = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var page = await _api.MustAsync(HttpMethod.Get, Key, $"/api/v1/triggers/{CronTrigger}/decisions?limit=5", null);
            var latest = page.GetProperty("items").EnumerateArray()
                .Where(d => d.GetProperty("scheduled_at").ValueKind == JsonValueKind.String)
                .Select(d => d.GetProperty("scheduled_at").GetDateTimeOffset()).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
            var lag = DateTimeOffset.UtcNow - latest;
            behind = behind == TimeSpan.Zero ? lag : behind;
            if (lag < TimeSpan.FromSeconds(3))
            {
                break;
            }

            await Task.Delay(1000);
        }

        CronDisabledAt = DateTimeOffset.UtcNow;
        CronBehindAtStop = behind;
        await _api.MustAsync(HttpMethod.Patch, Key, "/api/v1/triggers/" + CronTrigger, "{\"enabled\":false}");
        return behind;
    }

    /// <summary>Generates events and job requests at the given rates until <paramref name="stop"/>; then waits for every one to be acknowledged.</summary>
    public async Task RunAsync(int eventsPerSecond, int jobsPerSecond, CancellationToken stop)
    {
        var submissions = new ConcurrentBag<Task>();
        var events = PaceAsync(eventsPerSecond, n =>
        {
            var id = $"ev-{n:D6}";
            var type = n % 10 == 0 ? MatchingType : "chaos.tick";
            var body = $$$"""{"event_id":"{{{id}}}","tenant_id":"{{{Tenant}}}","event_type":"{{{type}}}","source_app":"external","payload":{"n":{{{n}}} }}""";
            submissions.Add(SubmitAsync("/api/v1/events", body, _ => AcknowledgedEvents[id] = type));
        }, stop);
        var jobs = PaceAsync(jobsPerSecond, n =>
        {
            var idempotencyKey = $"job-{n:D6}";
            var body = $$"""{"tenant_id":"{{Tenant}}","template_key":"{{TemplateKey}}","inputs":{},"idempotency_key":"{{idempotencyKey}}"}""";
            submissions.Add(SubmitAsync("/api/v1/jobs", body, answer =>
                AcceptedRuns[idempotencyKey] = (answer.Json().GetProperty("run_id").GetString()!, DateTimeOffset.UtcNow)));
        }, stop);
        await Task.WhenAll(events, jobs);
        await Task.WhenAll(submissions);
    }

    private static async Task PaceAsync(int perSecond, Action<int> generate, CancellationToken stop)
    {
        if (perSecond <= 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var due = TimeSpan.FromSeconds(n / (double)perSecond);
            if (due > clock.Elapsed)
            {
                try
                {
                    await Task.Delay(due - clock.Elapsed, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            generate(n);
        }
    }

    private async Task SubmitAsync(string path, string body, Action<ApiAnswer> accepted)
    {
        var id = Interlocked.Increment(ref _submissions);
        _pendingSince[id] = DateTimeOffset.UtcNow;
        try
        {
            var deadline = DateTimeOffset.UtcNow.AddMinutes(10);
            while (DateTimeOffset.UtcNow < deadline)
            {
                var answer = await _api.SendAsync(HttpMethod.Post, Key, path, body);
                Answers.Enqueue(answer);
                if (answer.IsSuccess)
                {
                    accepted(answer);
                    return;
                }

                if (answer.Status is >= 400 and < 500 && answer.Status != 429)
                {
                    return; // refused for good: the oracle counts it (it should not happen)
                }

                // Honour Retry-After, but probe at least every 2 s so recovery is seen promptly.
                var wait = answer.RetryAfter is { } after ? TimeSpan.FromTicks(Math.Min(after.Ticks, TimeSpan.FromSeconds(2).Ticks)) : TimeSpan.FromMilliseconds(500);
                await Task.Delay(wait);
            }
        }
        finally
        {
            _pendingSince.TryRemove(id, out _);
        }
    }

    private static string Trigger(string id, string type, string specific) =>
        $$"""
        {"id":"{{id}}","tenant_id":"{{Tenant}}","trigger_type":"{{type}}","name":"{{id}}","target_template_key":"{{TemplateKey}}",
         "target_inputs":{},"enabled":true,"safety":{"cooldown_seconds":0,"max_runs_per_hour":100000},{{specific}}}
        """;

    /// <summary>The answers whose request was sent in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<ApiAnswer> AnswersSentBetween(DateTimeOffset from, DateTimeOffset to) =>
        Answers.Where(a => a.SentAt >= from && a.SentAt < to).ToList();

    public static string Describe(IEnumerable<ApiAnswer> answers) =>
        string.Join(", ", answers.GroupBy(a => a.Status == 0 ? "no answer" : a.Status + (a.ErrorType is { } t ? " " + t : ""))
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Count()}× {g.Key}"));

    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
