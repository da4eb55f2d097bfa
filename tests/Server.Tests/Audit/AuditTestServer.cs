using System.Net.Http.Headers;
using JobForge.Domain.Audit;
using JobForge.Server.Tests.Hosting;
using JobForge.Storage.Audit;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Audit;

/// <summary>The real server with a test caller header and, unless a table is asked for, an in-memory audit log.</summary>
internal sealed class AuditTestServer : IAsyncDisposable
{
    public const string TenantA = "tenant-a";

    private AuditTestServer(RunningServer server, InMemoryAuditLog? log)
    {
        Server = server;
        Log = log;
    }

    public RunningServer Server { get; }

    public InMemoryAuditLog? Log { get; }

    public static async Task<AuditTestServer> StartAsync(bool enabled = true, bool table = false, Action<IServiceCollection>? services = null)
    {
        var azurite = await AzuriteInstance.Shared;
        var log = table ? null : new InMemoryAuditLog();
        var server = await RunningServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
                ["JobForge:Audit:TableName"] = UniqueNames.Next("audit"),
                ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = enabled ? "1" : "0",
            },
            collection =>
            {
                collection.AddSingleton<IStartupFilter, TestCallerStartupFilter>();
                if (log is not null)
                {
                    collection.AddSingleton<IAuditLog>(log);
                }

                services?.Invoke(collection);
            });
        return new AuditTestServer(server, log);
    }

    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? caller = "key-a;tenant-a;audit:read")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (caller is not null)
        {
            request.Headers.TryAddWithoutValidation(TestCallerStartupFilter.Header, caller);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await Server.Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
