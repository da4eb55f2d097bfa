using System.Diagnostics;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;

namespace JobForge.Runs.Benchmarks;

/// <summary>
/// The crash test: a server process runs a few hundred three-step HTTP runs against a test sink; it is killed with
/// SIGKILL when about a third of the steps are done and started again. Every run must finish, each step's effect must
/// be recorded once at the sink (distinct idempotency keys), and the steps in flight at the kill must resume within 30 s.
/// </summary>
internal static class CrashBenchmark
{
    private const string TemplateKey = "bench.engine.crash";

    public static async Task<int> RunAsync(int runs)
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        await using var sink = await HttpSink.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["JobForge__Storage__ConnectionString"] = azurite.ConnectionString,
            ["JobForge__Auth__BootstrapKey"] = BenchServer.BootstrapKey,
            ["JobForge__Steps__Http__AllowedHosts__0"] = "127.0.0.1",
            ["JobForge__Steps__Http__AllowPrivateNetworks"] = "true",
            ["JobForge__Steps__Http__SigningSecret"] = "crash-test-signing-secret",
            // The default scan interval (5 s, 0.2 requests/s idle): runs held by the killed server resume when its
            // leases lapse because the new server looks again then, not because it scans often.
            ["JobForge__Engine__RecoveryInterval"] = "00:00:05",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        const string tenant = "crash-tenant";
        string apiKey;
        var killedAt = DateTimeOffset.MinValue;
        var requested = new List<string>();
        await using (var first = await ServerProcess.StartAsync(environment))
        {
            using var http = new HttpClient { BaseAddress = first.Address };
            var template = $$$$"""
                {"template_key":"{{{{TemplateKey}}}}","name":"Crash test","category":"ops","version":"1.0.0",
                 "input_schema":{"type":"object","properties":{"n":{"type":"integer"}}},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
                 "steps":[
                  {"id":"s1","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/pause/s1"}},
                  {"id":"s2","uses":"http","depends_on":["s1"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/pause/s2"}},
                  {"id":"s3","uses":"http","depends_on":["s2"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/pause/s3"}}]}
                """;
            await BenchServer.RegisterAsync(http, TemplateKey, template, [tenant]);
            apiKey = await BenchServer.CreateKeyAsync(http, tenant, "jobs:write", "jobs:read", "ops:read");
            var ids = new string[runs];
            await Parallel.ForAsync(0, runs, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
            {
                using var response = await BenchServer.SendAsync(http, HttpMethod.Post, apiKey, "/api/v1/jobs",
                    $$$$"""{"tenant_id":"{{{{tenant}}}}","template_key":"{{{{TemplateKey}}}}","inputs":{"n":{{{{i}}}}}}""");
                ids[i] = (await BenchServer.JsonAsync(response)).GetProperty("run_id").GetString()!;
            });
            requested.AddRange(ids);

            var clock = Stopwatch.StartNew();
            while (sink.Requests.Count < runs && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(20);
            }

            first.Kill();
            killedAt = DateTimeOffset.UtcNow;
        }

        var callsAtKill = sink.Requests.Count;
        var restartClock = Stopwatch.StartNew();
        await using var second = await ServerProcess.StartAsync(environment);
        var restartedIn = restartClock.Elapsed;
        using var http2 = new HttpClient { BaseAddress = second.Address };
        var finished = await WaitForAllAsync(http2, apiKey, requested.Count, TimeSpan.FromMinutes(5));

        var keys = sink.Requests.ToList().Select(a => a.IdempotencyKey!).ToList();
        var distinct = keys.Distinct(StringComparer.Ordinal).Count();
        var perStep = keys.GroupBy(k => k[..k.LastIndexOf(':')], StringComparer.Ordinal).ToList(); // run:step
        var inFlight = sink.Requests.ToList().Take(callsAtKill).GroupBy(a => a.IdempotencyKey!, StringComparer.Ordinal)
            .Where(g => keys.Count(k => k == g.Key) > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var resumeSeconds = sink.Requests.ToList().Skip(callsAtKill).Where(a => inFlight.Contains(a.IdempotencyKey!))
            .GroupBy(a => a.IdempotencyKey).Select(g => (g.Min(a => a.At) - killedAt).TotalSeconds).Order().ToList();

        Console.WriteLine($"# Crash test: {runs} runs of 3 HTTP steps (200 ms each), SIGKILL after {callsAtKill} step calls, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| check | result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| runs finished after restart | {finished.Succeeded} succeeded, {finished.Other} other, {requested.Count - finished.Succeeded - finished.Other} unfinished |");
        Console.WriteLine($"| step effects (distinct idempotency keys) | {distinct} for {runs * 3} steps; {perStep.Count(g => g.Distinct(StringComparer.Ordinal).Count() > 1)} steps ran under two attempt keys |");
        Console.WriteLine($"| calls repeated with the same key (in flight at the kill) | {keys.Count - distinct} |");
        Console.WriteLine($"| in-flight steps resumed after the kill | {resumeSeconds.Count}, first {Percentiles.Of(resumeSeconds, 0):F1} s, last {Percentiles.Of(resumeSeconds, 100):F1} s |");
        Console.WriteLine($"| server restart | {restartedIn.TotalSeconds:F1} s |");
        var pass = finished.Succeeded == runs && distinct == runs * 3 && (resumeSeconds.Count == 0 || resumeSeconds[^1] <= 30);
        Console.WriteLine();
        Console.WriteLine(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    private static async Task<(int Succeeded, int Other)> WaitForAllAsync(HttpClient http, string apiKey, int expected, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        (int, int) counts = (0, 0);
        while (clock.Elapsed < timeout)
        {
            var succeeded = 0;
            var other = 0;
            string? cursor = null;
            do
            {
                using var response = await BenchServer.SendAsync(http, HttpMethod.Get, apiKey, "/api/v1/jobs?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), null);
                var page = await BenchServer.JsonAsync(response);
                foreach (var run in page.GetProperty("runs").EnumerateArray())
                {
                    switch (run.GetProperty("status").GetString())
                    {
                        case "succeeded": succeeded++; break;
                        case "failed" or "rolled_back" or "rollback_failed" or "canceled": other++; break;
                    }
                }

                cursor = page.TryGetProperty("next_cursor", out var next) && next.ValueKind == System.Text.Json.JsonValueKind.String ? next.GetString() : null;
            }
            while (cursor is not null);

            counts = (succeeded, other);
            if (succeeded + other >= expected)
            {
                break;
            }

            await Task.Delay(500);
        }

        return counts;
    }
}
