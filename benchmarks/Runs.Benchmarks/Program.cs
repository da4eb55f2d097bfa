using System.Globalization;
using JobForge.Runs.Benchmarks;

// Run engine benchmarks through the real server against a fresh Azurite. Not part of the tests.
// Usage: scripts/bench-runs [--seconds 60] [--clients 64] [--rate 100] [--target 500] [--tenants 4] [--concurrency 128] [--evidence] [--no-events]
//        scripts/crash-runs [--runs 300]
var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "throughput";
var seconds = 60;
var clients = 64;
var rate = 100;
var target = 500;
var tenants = 4;
var concurrency = 128;
var evidence = false;
var events = true;
var runs = 300;
for (var i = mode == "throughput" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length: seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--clients" when i + 1 < args.Length: clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rate" when i + 1 < args.Length: rate = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--target" when i + 1 < args.Length: target = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--tenants" when i + 1 < args.Length: tenants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--concurrency" when i + 1 < args.Length: concurrency = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--evidence": evidence = true; break;
        case "--no-events": events = false; break;
        default:
            Console.Error.WriteLine("usage: Runs.Benchmarks [throughput] [--seconds N] [--clients N] [--rate N] [--target N] [--tenants N] [--concurrency N] [--evidence] [--no-events] | crash [--runs N]");
            return 2;
    }
}

return mode switch
{
    "crash" => await CrashBenchmark.RunAsync(runs),
    _ => await ThroughputBenchmark.RunAsync(seconds, clients, rate, target, tenants, evidence, concurrency, events),
};
