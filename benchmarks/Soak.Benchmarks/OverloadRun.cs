using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using JobForge.Domain.Runs;
using JobForge.Runs.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Soak.Benchmarks;

/// <summary>
/// Overload: job requests at a fixed rate above the measured ceiling (twice it unless <c>--rate</c> says), open loop,
/// each with a client timeout, on one server with admission control on or off (<c>--admission 1|0</c>). Prints how many
/// were accepted, refused (503 <c>overloaded</c>), timed out or failed otherwise; the p50/p99 of the accepted and of the
/// refusals; then waits for every accepted run to finish and checks that the runs stored are exactly the accepted ones
/// (nothing accepted lost, nothing refused written).
/// </summary>
internal static class OverloadRun
{
    public static async Task<int> RunAsync(int seconds, double? rate, bool admission, double timeoutSeconds)
    {
        await using var scenario = await Scenario.StartAsync(1, 4, new Dictionary<string, string?>
        {
            ["JOBFORGE_ADMISSION_CONTROL_ENABLED"] = admission ? "1" : "0",
        });
        double ceiling = double.NaN;
        if (rate is null)
        {
            await CapacityProbe.RunsPerSecondAsync(scenario, 8, TimeSpan.FromSeconds(3)); // warm-up
            ceiling = await CapacityProbe.RunsPerSecondAsync(scenario, 32, TimeSpan.FromSeconds(10));
        }

        var runs = rate ?? Math.Max(2, Math.Round(ceiling * 2));
        var store = scenario.Servers[0].App.Services.GetRequiredService<IRunExecutionStore>();
        var before = (await RunLoad.CollectAsync(store, scenario.TenantIds, 0, TimeSpan.FromSeconds(300))).Count;
        Console.Error.WriteLine($"overload: {runs} runs/s for {seconds} s, admission {(admission ? "on" : "off")}, client timeout {timeoutSeconds} s (ceiling {ceiling:F0} runs/s)");
        var accepted = new ConcurrentBag<double>();
        var refused = new ConcurrentBag<double>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var http = scenario.Servers[0].Http;
        var interval = TimeSpan.FromSeconds(1.0 / runs);
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>();
        long n = 0;
        for (var i = 0L; clock.Elapsed < TimeSpan.FromSeconds(seconds); i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var sequence = Interlocked.Increment(ref n);
            pending.Add(Task.Run(async () =>
            {
                var (tenant, apiKey) = scenario.Tenants[(int)(sequence % scenario.Tenants.Count)];
                var watch = Stopwatch.StartNew();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
                string outcome;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/jobs")
                    {
                        Content = new StringContent(
                            $$$"""{"tenant_id":"{{{tenant}}}","template_key":"{{{Scenario.TemplateKey}}}","inputs":{"n":{{{sequence}}}}}""",
                            System.Text.Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
                    using var response = await http.SendAsync(request, timeout.Token);
                    await response.Content.LoadIntoBufferAsync(timeout.Token);
                    var status = (int)response.StatusCode;
                    outcome = status.ToString(CultureInfo.InvariantCulture);
                    if (status == 202)
                    {
                        accepted.Add(watch.Elapsed.TotalMilliseconds);
                    }
                    else if (status == 503 && response.Headers.RetryAfter is not null)
                    {
                        refused.Add(watch.Elapsed.TotalMilliseconds);
                        outcome = "503 overloaded";
                    }
                }
                catch (OperationCanceledException)
                {
                    outcome = "client timeout";
                }
                catch (HttpRequestException ex)
                {
                    outcome = ex.GetType().Name;
                }

                outcomes.AddOrUpdate(outcome, 1, (_, count) => count + 1);
            }));
        }

        await Task.WhenAll(pending);
        var offered = pending.Count;
        var drain = Stopwatch.StartNew();
        var all = await RunLoad.CollectAsync(store, scenario.TenantIds, before + accepted.Count, TimeSpan.FromSeconds(600));
        var stored = all.Count - before;
        var unfinished = all.Count(r => r.State?.FinishedAt is null);
        var acceptedMs = accepted.Order().ToList();
        var refusedMs = refused.Order().ToList();
        Console.WriteLine($"# Overload: {runs} runs/s offered for {seconds} s (ceiling {ceiling:F0} runs/s), admission {(admission ? "on" : "off")}, client timeout {timeoutSeconds} s, one server, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| offered | accepted (202) | refused (503 overloaded) | client timeouts | other | accepted p50 / p99 ms | refused p50 / p99 ms | runs stored | unfinished after drain | drain s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var other = offered - accepted.Count - refused.Count - outcomes.GetValueOrDefault("client timeout");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {offered} | {accepted.Count} | {refused.Count} | {outcomes.GetValueOrDefault("client timeout")} | {other} | {Percentiles.Of(acceptedMs, 50):F0} / {Percentiles.Of(acceptedMs, 99):F0} | {(refusedMs.Count == 0 ? "–" : $"{Percentiles.Of(refusedMs, 50):F0} / {Percentiles.Of(refusedMs, 99):F0}")} | {stored} | {unfinished} | {drain.Elapsed.TotalSeconds:F0} |"));
        Console.WriteLine();
        Console.WriteLine("Outcomes: " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key}: {o.Value}")));
        Console.WriteLine(stored == accepted.Count
            ? "Runs stored = requests accepted: nothing accepted was lost and nothing refused was written."
            : $"Runs stored ({stored}) differ from requests accepted ({accepted.Count}): timed-out requests may have been stored after the client gave up.");
        return 0;
    }
}
