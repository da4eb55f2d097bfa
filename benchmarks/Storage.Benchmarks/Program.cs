using System.Globalization;
using JobForge.Storage.Benchmarks;
using JobForge.TestKit.Azurite;

// Official SDK client vs our old client vs raw HTTP against Azurite. Usage: scripts/bench-storage [--seconds N] [--only name]
var seconds = 5;
string? only = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length:
            seconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--only" when i + 1 < args.Length:
            only = args[++i];
            break;
        default:
            Console.Error.WriteLine("usage: Storage.Benchmarks [--seconds N] [--only scenario-name]");
            return 2;
    }
}

await using var azurite = await AzuriteInstance.StartAsync();
using var scenarios = await StorageScenarios.CreateAsync(azurite.Endpoints, azurite.ConnectionString);
var duration = TimeSpan.FromSeconds(seconds);

Console.WriteLine($"# Storage benchmark: Azurite (fresh, on disk), {Environment.ProcessorCount} cores, {seconds} s per side in 6 alternating rounds, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| operation | conc. | SDK items/s | SDK p50 ms | SDK p99 ms | old client items/s | old p50 ms | old p99 ms | raw items/s | raw p50 ms | raw p99 ms | SDK/raw | SDK/old |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var scenario in scenarios.All.Where(s => only is null || s.Name == only))
{
    var (sdk, client, raw) = await LatencyRecorder.CompareAsync(scenario, duration);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario.Name} | {scenario.Concurrency} | {sdk.ItemsPerSecond:0} | {sdk.P50Ms:0.0} | {sdk.P99Ms:0.0} | {client.ItemsPerSecond:0} | {client.P50Ms:0.0} | {client.P99Ms:0.0} | {raw.ItemsPerSecond:0} | {raw.P50Ms:0.0} | {raw.P99Ms:0.0} | {sdk.ItemsPerSecond / raw.ItemsPerSecond:0.00} | {sdk.ItemsPerSecond / client.ItemsPerSecond:0.00} |"));
}

return 0;
