using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JobForge.TestKit;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// The rows that come from other commands: the Durable host-kill test (<c>scripts/crash-durable</c>) and the
/// property-based hostile-input suite (tests/Server.Tests/Hostile with <c>JOBFORGE_HOSTILE_CASES</c>).
/// </summary>
internal static partial class ExternalChecks
{
    public static async Task<ReportRow> DurableAsync()
    {
        var (exit, output, took) = await RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "crash-durable")], new Dictionary<string, string>(), TimeSpan.FromMinutes(25));
        var summary = TestSummary().Match(output);
        return new("Durable host kill", "scripts/crash-durable: 100 three-step runs, worker killed a third of the way through and restarted",
            string.Create(CultureInfo.InvariantCulture, $"exit {exit} after {took.TotalMinutes:F1} min; {(summary.Success ? summary.Value.Trim() : LastLine(output))}"),
            exit == 0);
    }

    public static async Task<ReportRow> HostileAsync(int cases, int seed)
    {
        var project = Path.Combine(RepositoryPaths.Root, "tests", "Server.Tests", "Server.Tests.csproj");
        var (built, buildOutput, _) = await RunAsync("dotnet", ["build", project, "--configuration", "Release", "--nologo", "-clp:ErrorsOnly"], new Dictionary<string, string>(), TimeSpan.FromMinutes(20));
        if (built != 0)
        {
            return new("hostile input", $"property-based requests on every route ({cases} cases)", "build failed: " + LastLine(buildOutput), false);
        }

        var environment = new Dictionary<string, string>
        {
            ["JOBFORGE_HOSTILE_CASES"] = cases.ToString(CultureInfo.InvariantCulture),
            ["JOBFORGE_HOSTILE_SEED"] = seed.ToString(CultureInfo.InvariantCulture),
        };
        var (exit, output, took) = await RunAsync("dotnet",
            ["test", project, "--configuration", "Release", "--no-build", "--nologo", "--filter", "FullyQualifiedName~Hostile"], environment, TimeSpan.FromMinutes(30));
        var summary = TestSummary().Match(output);
        return new("hostile input", $"property-based requests on every route (CsCheck, seed {seed}): never a 5xx or a stack trace, every 4xx in the envelope",
            string.Create(CultureInfo.InvariantCulture, $"{cases:N0} cases per test in {took.TotalMinutes:F1} min; {(summary.Success ? summary.Value.Trim() : LastLine(output))}"),
            exit == 0);
    }

    /// <summary>A row a wrapper script measured (e.g. the optional fuzz hook): "scenario|check|result|pass".</summary>
    public static ReportRow? FromEnvironment(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        var parts = text?.Split('|');
        return parts is { Length: 4 } ? new(parts[0], parts[1], parts[2], parts[3] == "pass") : null;
    }

    private static async Task<(int Exit, string Output, TimeSpan Took)> RunAsync(
        string command, string[] arguments, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            process.WaitForExit();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            lock (output) output.AppendLine($"timed out after {timeout.TotalMinutes:0} min");
            return (-1, output.ToString(), clock.Elapsed);
        }

        lock (output)
        {
            return (process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }

    // The summary of a detailed (normal verbosity) test log: "Total tests: 1", "Passed: 1", "Failed: 0" lines.
    private static string LastLine(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var counts = lines.Where(l => l.StartsWith("Total tests:", StringComparison.Ordinal) || l.StartsWith("Passed:", StringComparison.Ordinal)
            || l.StartsWith("Failed:", StringComparison.Ordinal)).ToList();
        return counts.Count > 0 ? string.Join(", ", counts) : lines.LastOrDefault() ?? "(no output)";
    }

    [GeneratedRegex(@"(Passed|Failed)!\s+-\s+Failed:\s+\d+,\s+Passed:\s+\d+,\s+Skipped:\s+\d+,\s+Total:\s+\d+")]
    private static partial Regex TestSummary();
}
