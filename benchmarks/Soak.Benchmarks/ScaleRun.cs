using System.Diagnostics;
using System.Globalization;

namespace JobForge.Soak.Benchmarks;

/// <summary>
/// Scale-out on one Azurite: for 1…N servers (fresh Azurite each time), the closed-loop run ceiling and event ceiling
/// with the same total clients spread over the servers, and how busy Azurite (one Node.js thread) and this process were.
/// </summary>
internal static class ScaleRun
{
    public static async Task<int> RunAsync(int maxServers, int seconds, int clients)
    {
        var rows = new List<string>();
        for (var servers = 1; servers <= maxServers; servers++)
        {
            await using var scenario = await Scenario.StartAsync(servers, 4);
            await CapacityProbe.RunsPerSecondAsync(scenario, 8, TimeSpan.FromSeconds(3)); // warm-up
            var (runs, runCpu) = await MeasureAsync(scenario, () => CapacityProbe.RunsPerSecondAsync(scenario, clients, TimeSpan.FromSeconds(seconds)));
            var (events, eventCpu) = await MeasureAsync(scenario, () => CapacityProbe.EventsPerSecondAsync(scenario, clients, TimeSpan.FromSeconds(seconds)));
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {servers} | {runs:F0} | {runCpu.Azurite:F0} | {runCpu.Self:F0} | {runCpu.Requests:F0} | {events:F0} | {eventCpu.Azurite:F0} | {eventCpu.Self:F0} | {eventCpu.Requests:F0} |"));
            Console.Error.WriteLine(rows[^1]);
        }

        Console.WriteLine($"# Scale-out on one Azurite: {clients} closed-loop clients spread over the servers, {seconds} s per phase, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| servers | runs/s finished | Azurite CPU % | servers' CPU % | storage req/s | events/s accepted | Azurite CPU % | servers' CPU % | storage req/s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("CPU % is of one core over the phase (100 = one core busy); the servers and the load generator share this process.");
        return 0;
    }

    private static async Task<(double Rate, (double Azurite, double Self, double Requests) Cpu)> MeasureAsync(Scenario scenario, Func<Task<double>> phase)
    {
        var pid = scenario.Azurite.ProcessId;
        var azuriteBefore = AzuriteCpu(pid);
        var selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var requestsBefore = scenario.Counter.Total;
        var clock = Stopwatch.StartNew();
        var rate = await phase();
        var elapsed = clock.Elapsed.TotalSeconds;
        return (rate, ((AzuriteCpu(pid) - azuriteBefore) / elapsed * 100,
            (Process.GetCurrentProcess().TotalProcessorTime - selfBefore).TotalSeconds / elapsed * 100,
            (scenario.Counter.Total - requestsBefore) / elapsed));
    }

    private static double AzuriteCpu(int? pid)
    {
        if (pid is null)
        {
            return double.NaN;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
