using System.Globalization;
using JobForge.Storage.Benchmarks;
using JobForge.TestKit.Azurite;

// Official SDK client vs raw HTTP against Azurite. Usage: scripts/bench-storage [--seconds N] [--only name]
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
var account = new RawAccount(
    AzuriteInstance.DevelopmentAccountName, AzuriteInstance.DevelopmentAccountKey,
    azurite.BlobService().Uri, azurite.QueueService().Uri, azurite.TableService().Uri);
using var scenarios = await StorageScenarios.CreateAsync(account, azurite.ConnectionString);
var duration = TimeSpan.FromSeconds(seconds);

Console.WriteLine($"# Storage benchmark: Azurite (fresh, on disk), {Environment.ProcessorCount} cores, {seconds} s per side in 6 alternating rounds, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| operation | conc. | SDK items/s | SDK p50 ms | SDK p99 ms | raw items/s | raw p50 ms | raw p99 ms | SDK/raw |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var scenario in scenarios.All.Where(s => only is null || s.Name == only))
{
    var (sdk, raw) = await LatencyRecorder.CompareAsync(scenario, duration);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario.Name} | {scenario.Concurrency} | {sdk.ItemsPerSecond:0} | {sdk.P50Ms:0.0} | {sdk.P99Ms:0.0} | {raw.ItemsPerSecond:0} | {raw.P50Ms:0.0} | {raw.P99Ms:0.0} | {sdk.ItemsPerSecond / raw.ItemsPerSecond:0.00} |"));
}

return 0;
