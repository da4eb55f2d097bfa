using System.Net.Http.Headers;
using JobForge.Server.Hosting;
using JobForge.Storage.Events;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Events.Benchmarks;

/// <summary>The shared benchmark server on event tables of its own, its client signed in with the operator key.</summary>
internal static class EventBenchServer
{
    /// <param name="connectionString">The Azurite connection string.</param>
    /// <param name="name">Suffix of the event tables and container, so two servers can share one Azurite.</param>
    /// <param name="outboxRowPerBatch">The outbox layout: one pack row per batch (true) or one row per event (false, the layout before packs).</param>
    public static async Task<BenchServer> StartAsync(string connectionString, string name, bool outboxRowPerBatch)
    {
        var server = await BenchServer.StartAsync(JobForgeServer.Build, connectionString, new StorageRequestCounter(byTarget: false), new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["Logging:LogLevel:Azure.Core"] = "Error",
            ["JobForge:EventStore:EventsTableName"] = "benchevents" + name,
            ["JobForge:EventStore:TenantsTableName"] = "benchtenants" + name,
            ["JobForge:EventStore:BlobContainerName"] = "bench-events-" + name,
            ["JobForge:EventStore:OutboxRowPerBatch"] = outboxRowPerBatch ? "true" : "false",
        });
        server.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchServer.BootstrapKey);
        return server;
    }

    /// <summary>Append batches (entity group transactions) the server's event store has sent.</summary>
    public static long Batches(this BenchServer server) => server.App.Services.GetRequiredService<TableEventStore>().BatchesSubmitted;
}
