using System.Globalization;
using JobForge.Events.Benchmarks;
using JobForge.TestKit.Azurite;

// Event ingestion through the real server (in this process, real Kestrel on loopback) against a fresh Azurite.
// Usage: scripts/bench-events [--seconds N] [--clients N] [--rate N] [--tenants N] [--client-ids] [--compare] [--rounds N]
// --compare: two servers on the same Azurite, one with the outbox layout before packs (a row per event) and one with
// packs (a row per batch), measured in alternating rounds so that Azurite's drift and the neighbours fall on both alike.
var seconds = 60;
var clients = 64;
var rate = 2000;
var clientIds = false;
var tenants = 1;
var compare = false;
var rounds = 3;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length: seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--clients" when i + 1 < args.Length: clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rate" when i + 1 < args.Length: rate = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--tenants" when i + 1 < args.Length: tenants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rounds" when i + 1 < args.Length: rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--client-ids": clientIds = true; break;
        case "--compare": compare = true; break;
        default:
            Console.Error.WriteLine("usage: Events.Benchmarks [--seconds N] [--clients N] [--rate N] [--tenants N] [--client-ids] [--compare] [--rounds N]");
            return 2;
    }
}

await using var azurite = await AzuriteInstance.StartAsync();
var payload = new string('x', 1000);
Console.WriteLine($"# Event ingestion: 1 KB payloads, {tenants} tenant(s), {(clientIds ? "client event ids (dedupe rows)" : "generated event ids")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
if (!compare)
{
    await using var server = await EventBenchServer.StartAsync(azurite.ConnectionString, "p", outboxRowPerBatch: true);
    var load = new EventLoad(server.Http, payload, clientIds, tenants);
    await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(3)); // warm-up
    // Fixed rate first, on a young store: Azurite slows down as its in-memory store grows during the saturated phase.
    var paced = await load.FixedRateAsync(rate, TimeSpan.FromSeconds(Math.Min(seconds, 20)));
    var ceiling = await BatchCeiling.MeasureAsync(azurite.TableService(), TimeSpan.FromSeconds(10));
    var before = server.Counter.Total;
    var saturated = await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(seconds));
    var perEvent = (server.Counter.Total - before) / Math.Max(1, saturated.PerSecond * seconds);
    Console.WriteLine("| phase | events/s | p50 ms | p99 ms | errors | storage requests/event |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {clients} clients, closed loop, {seconds} s | {saturated.PerSecond:0} | {saturated.P50Ms:0.0} | {saturated.P99Ms:0.0} | {saturated.Errors} | {perEvent:0.00} |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| fixed {rate}/s, {Math.Min(seconds, 20)} s | {paced.PerSecond:0} | {paced.P50Ms:0.0} | {paced.P99Ms:0.0} | {paced.Errors} | |"));
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Azurite batch-write ceiling (100-entity batches of 1.2 KB entities, 8 concurrent): {ceiling:0} entities/s; events/s ÷ ceiling = {saturated.PerSecond / ceiling:0.00}"));
    return 0;
}

await using var perEventServer = await EventBenchServer.StartAsync(azurite.ConnectionString, "e", outboxRowPerBatch: false);
await using var packServer = await EventBenchServer.StartAsync(azurite.ConnectionString, "p", outboxRowPerBatch: true);
var sides = new[] { ("outbox row per event (before)", perEventServer), ("outbox pack per batch (now)", packServer) };
var loads = sides.Select(s => new EventLoad(s.Item2.Http, payload, clientIds, tenants)).ToArray();
foreach (var load in loads)
{
    await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(3)); // warm-up
}

var roundSeconds = TimeSpan.FromSeconds(Math.Max(2, seconds / rounds));
var closed = sides.Select(_ => new List<LoadResult>()).ToArray();
var fixedRate = sides.Select(_ => new List<LoadResult>()).ToArray();
var requests = new long[sides.Length];
var batches = new long[sides.Length];
var ceilings = new List<double>();
for (var round = 0; round < rounds; round++)
{
    ceilings.Add(await BatchCeiling.MeasureAsync(azurite.TableService(), TimeSpan.FromSeconds(5)));
    for (var s = 0; s < sides.Length; s++)
    {
        var side = round % 2 == 0 ? s : sides.Length - 1 - s; // ABBA: neither side always goes first
        fixedRate[side].Add(await loads[side].FixedRateAsync(rate, roundSeconds));
        var before = sides[side].Item2.Counter.Total;
        var batchesBefore = sides[side].Item2.Batches();
        closed[side].Add(await loads[side].ClosedLoopAsync(clients, roundSeconds));
        requests[side] += sides[side].Item2.Counter.Total - before;
        batches[side] += sides[side].Item2.Batches() - batchesBefore;
    }
}

var ceilingMean = ceilings.Average();
Console.WriteLine($"Alternating rounds: {rounds} × ({roundSeconds.TotalSeconds:0} s fixed {rate}/s + {roundSeconds.TotalSeconds:0} s closed loop, {clients} clients) per side, ABBA order.");
Console.WriteLine();
Console.WriteLine("| outbox layout | closed loop events/s | ÷ ceiling | p50 ms | p99 ms | storage requests/event | events/batch | entity writes/event | fixed-rate events/s | fixed p50 ms | fixed p99 ms | errors |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (var s = 0; s < sides.Length; s++)
{
    var c = closed[s];
    var f = fixedRate[s];
    var perSecond = c.Average(r => r.PerSecond);
    var events = c.Sum(r => r.PerSecond * roundSeconds.TotalSeconds);
    var perBatch = events / Math.Max(1, batches[s]);
    // Event row + outbox row, inserted, and the outbox row deleted; a pack is one insert and one delete per batch.
    var entityWrites = s == 0 ? 3.0 : 1 + (2 / perBatch);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {sides[s].Item1} | {perSecond:0} | {perSecond / ceilingMean:0.00} | {c.Average(r => r.P50Ms):0.0} | {c.Max(r => r.P99Ms):0.0} | {requests[s] / Math.Max(1, events):0.00} | {perBatch:0.0} | {entityWrites:0.00} | {f.Average(r => r.PerSecond):0} | {f.Average(r => r.P50Ms):0.0} | {f.Max(r => r.P99Ms):0.0} | {c.Sum(r => r.Errors) + f.Sum(r => r.Errors)} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Azurite batch-write ceiling per round: {string.Join(", ", ceilings.Select(c => c.ToString("0", CultureInfo.InvariantCulture)))} entities/s. Closed loop now/before: {closed[1].Average(r => r.PerSecond) / closed[0].Average(r => r.PerSecond):0.00} (per round: {string.Join(", ", closed[1].Zip(closed[0], (n, b) => (n.PerSecond / b.PerSecond).ToString("0.00", CultureInfo.InvariantCulture)))})."));
Console.WriteLine("p99 columns are the worst round's.");
return 0;
