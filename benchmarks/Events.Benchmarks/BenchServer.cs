using JobForge.Server.Hosting;
using JobForge.Storage.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Events.Benchmarks;

/// <summary>The real server in this process (Kestrel on loopback) on its own event tables, with a storage request counter.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string Key = "bench-bootstrap-key-0123456789abcdef0123456789";

    private BenchServer(WebApplication app, HttpClient http, StorageRequestCounter counter)
    {
        App = app;
        Http = http;
        Counter = counter;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public StorageRequestCounter Counter { get; }

    /// <summary>Append batches (entity group transactions) the event store has sent.</summary>
    public long Batches => App.Services.GetRequiredService<JobForge.Storage.Events.TableEventStore>().BatchesSubmitted;

    /// <param name="connectionString">The Azurite connection string.</param>
    /// <param name="name">Suffix of the event tables and container, so two servers can share one Azurite.</param>
    /// <param name="outboxRowPerBatch">The outbox layout: one pack row per batch (true) or one row per event (false, the layout before packs).</param>
    public static async Task<BenchServer> StartAsync(string connectionString, string name, bool outboxRowPerBatch)
    {
        var counter = new StorageRequestCounter();
        var app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["JobForge:Storage:ConnectionString"] = connectionString,
                ["JobForge:Auth:BootstrapKey"] = Key,
                ["JOBFORGE_EVENTS_ENABLED"] = "1",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Azure.Core"] = "Error",
                ["JobForge:EventStore:EventsTableName"] = "benchevents" + name,
                ["JobForge:EventStore:TenantsTableName"] = "benchtenants" + name,
                ["JobForge:EventStore:BlobContainerName"] = "bench-events-" + name,
                ["JobForge:EventStore:OutboxRowPerBatch"] = outboxRowPerBatch ? "true" : "false",
            });
            builder.Services.AddSingleton<IStorageRequestObserver>(counter);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        return new BenchServer(app, http, counter);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
