using System.Globalization;
using JobForge.Domain.Runs;
using JobForge.Runs.Benchmarks;
using JobForge.Server.Hosting;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Soak.Benchmarks;

/// <summary>A fresh Azurite with N real servers on it, the three-step template enabled for the tenants, and their keys.</summary>
internal sealed class Scenario : IAsyncDisposable
{
    public const string TemplateKey = "bench.engine.three_steps";

    private const string Template = """
        {"template_key":"bench.engine.three_steps","name":"Three transforms","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},
         "output_schema":{"type":"object"},
         "required_scopes":["ops:read"],
         "steps":[
          {"id":"a","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}},
          {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"value":"${{ steps.a.outputs.value }}"}}},
          {"id":"c","uses":"transform","depends_on":["b"],"with":{"output":{"total":"${{ steps.b.outputs.value }}"}}}]}
        """;

    private Scenario(AzuriteInstance azurite, List<BenchServer> servers, StorageRequestCounter counter, List<(string, string)> tenants)
    {
        Azurite = azurite;
        Servers = servers;
        Counter = counter;
        Tenants = tenants;
    }

    public AzuriteInstance Azurite { get; }

    public List<BenchServer> Servers { get; }

    public StorageRequestCounter Counter { get; }

    public List<(string Tenant, string ApiKey)> Tenants { get; }

    public IReadOnlyList<string> TenantIds => Tenants.Select(t => t.Tenant).ToList();

    public IReadOnlyList<HttpClient> Clients => Servers.Select(s => s.Http).ToList();

    public static async Task<Scenario> StartAsync(int serverCount, int tenantCount, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var azurite = await AzuriteInstance.StartAsync();
        var counter = new StorageRequestCounter();
        var servers = new List<BenchServer>();
        for (var i = 0; i < serverCount; i++)
        {
            var settings = new Dictionary<string, string?>
            {
                ["JOBFORGE_EVENTS_ENABLED"] = "1",
                ["JobForge:Engine:MaxConcurrency"] = "128",
                ["JobForge:Engine:WorkerId"] = "soak-" + i.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            servers.Add(await BenchServer.StartAsync(JobForgeServer.Build, azurite.ConnectionString, counter, settings));
        }

        var tenantIds = Enumerable.Range(1, tenantCount).Select(i => $"soak-tenant-{i}").ToList();
        await BenchServer.RegisterAsync(servers[0].Http, TemplateKey, Template, tenantIds);
        var tenants = new List<(string, string)>();
        foreach (var tenant in tenantIds)
        {
            tenants.Add((tenant, await BenchServer.CreateKeyAsync(servers[0].Http, tenant, "jobs:write", "jobs:read", "ops:read")));
        }

        return new Scenario(azurite, servers, counter, tenants);
    }

    /// <summary>Every run of the scenario's tenants, counted through the first server's run store.</summary>
    public async Task<int> CountRunsAsync()
    {
        var store = Servers[0].App.Services.GetRequiredService<IRunExecutionStore>();
        var count = 0;
        foreach (var tenant in TenantIds)
        {
            string? cursor = null;
            do
            {
                var page = await store.ListRunsAsync(tenant, new RunListQuery(200, cursor));
                count += page.Runs.Count;
                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }
}
