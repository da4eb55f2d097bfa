using System.Globalization;
using JobForge.Events.Benchmarks;
using JobForge.Server.Hosting;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Event ingestion through the real server (in this process, real Kestrel on loopback) against a fresh Azurite.
// Usage: scripts/bench-events [--seconds N] [--clients N] [--rate N] [--tenants N] [--client-ids]
var seconds = 60;
var clients = 64;
var rate = 2000;
var clientIds = false;
var tenants = 1;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length: seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--clients" when i + 1 < args.Length: clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rate" when i + 1 < args.Length: rate = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--tenants" when i + 1 < args.Length: tenants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--client-ids": clientIds = true; break;
        default:
            Console.Error.WriteLine("usage: Events.Benchmarks [--seconds N] [--clients N] [--rate N] [--tenants N] [--client-ids]");
            return 2;
    }
}

await using var azurite = await AzuriteInstance.StartAsync();
const string Key = "bench-bootstrap-key-0123456789abcdef0123456789";
var app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
{
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
        ["JobForge:Auth:BootstrapKey"] = Key,
        ["JOBFORGE_EVENTS_ENABLED"] = "1",
        ["Logging:LogLevel:Default"] = "Warning",
    });
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(address) };
http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);

var payload = new string('x', 1000);
var load = new EventLoad(http, payload, clientIds, tenants);
await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(3)); // warm-up
// Fixed rate first, on a young store: Azurite slows down as its in-memory store grows during the saturated phase.
var paced = await load.FixedRateAsync(rate, TimeSpan.FromSeconds(Math.Min(seconds, 20)));
var ceiling = await BatchCeiling.MeasureAsync(azurite.TableService(), TimeSpan.FromSeconds(10));
var saturated = await load.ClosedLoopAsync(clients, TimeSpan.FromSeconds(seconds));
await app.StopAsync();

Console.WriteLine($"# Event ingestion: 1 KB payloads, {tenants} tenant(s), {(clientIds ? "client event ids (dedupe rows)" : "generated event ids")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| phase | events/s | p50 ms | p99 ms | errors |");
Console.WriteLine("|---|---:|---:|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {clients} clients, closed loop, {seconds} s | {saturated.PerSecond:0} | {saturated.P50Ms:0.0} | {saturated.P99Ms:0.0} | {saturated.Errors} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| fixed {rate}/s, {Math.Min(seconds, 20)} s | {paced.PerSecond:0} | {paced.P50Ms:0.0} | {paced.P99Ms:0.0} | {paced.Errors} |"));
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Azurite batch-write ceiling (100-entity batches of 1.2 KB entities, 8 concurrent): {ceiling:0} entities/s; events/s ÷ ceiling = {saturated.PerSecond / ceiling:0.00}"));
return 0;
