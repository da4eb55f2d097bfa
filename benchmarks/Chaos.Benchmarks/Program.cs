using System.Globalization;
using JobForge.Chaos.Benchmarks;

// The chaos command: faults under mixed load against real server processes on Azurite, plus the Durable host-kill
// and hostile-input suites; prints one Markdown table and writes it into docs/reliability.md. Not part of the tests.
// Usage: scripts/chaos [--outage] [--kills] [--slow] [--durable] [--hostile] [--quick] [--seed N] ... (see ChaosOptions)
var options = ChaosOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(ChaosOptions.Usage);
    return 2;
}

var rows = new List<ReportRow>();
var started = DateTimeOffset.UtcNow;
foreach (var scenario in ChaosOptions.AllScenarios.Where(options.Scenarios.Contains))
{
    Console.Error.WriteLine($"[chaos] {DateTimeOffset.UtcNow:HH:mm:ss} {scenario}…");
    var before = rows.Count;
    try
    {
        rows.AddRange(scenario switch
        {
            "outage" => await OutageScenario.RunAsync(options),
            "kills" => await KillScenario.RunAsync(options),
            "slow" => await SlowDependencyScenario.RunAsync(options),
            "durable" => [await ExternalChecks.DurableAsync()],
            _ => [await ExternalChecks.HostileAsync(options.HostileCases, options.Seed)],
        });
    }
    catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TimeoutException or IOException)
    {
        Console.Error.WriteLine(ex);
        rows.Add(new(scenario, "scenario ran to the end", "aborted: " + ex.Message.Split('\n')[0], false));
    }

    var added = rows.Skip(before).ToList();
    Console.Error.WriteLine($"[chaos] {scenario}: {added.Count(r => r.Pass == false)} of {added.Count} checks failed");
    if (options.Output is { } partial)
    {
        // Written after every scenario, so a long run that is stopped early still leaves what it measured.
        ReliabilityReport.Write(partial, ReliabilityReport.Table(rows, options, started, DateTimeOffset.UtcNow) + "\n(partial: the run was still going)\n");
    }
}

if (ExternalChecks.FromEnvironment("CHAOS_FUZZ_ROW") is { } fuzz)
{
    rows.Add(fuzz);
}

var table = ReliabilityReport.Table(rows, options, started, DateTimeOffset.UtcNow);
Console.WriteLine(table);
if (options.Output is { } output)
{
    ReliabilityReport.Write(output, table);
    Console.Error.WriteLine($"[chaos] table written to {output}");
}

var failed = rows.Count(r => r.Pass == false);
Console.WriteLine(failed == 0 ? "PASS" : string.Create(CultureInfo.InvariantCulture, $"FAIL ({failed} check(s))"));
return failed == 0 ? 0 : 1;
