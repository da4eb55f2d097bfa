using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.Server.Hosting;
using JobForge.Storage.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Runs.Benchmarks;

/// <summary>The real server in this process (Kestrel on loopback) with a storage request counter, and API helpers.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string BootstrapKey = "bench-bootstrap-key-0123456789abcdef0123456789";

    private BenchServer(WebApplication app, HttpClient http)
    {
        App = app;
        Http = http;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public static async Task<BenchServer> StartAsync(string connectionString, StorageRequestCounter counter, IReadOnlyDictionary<string, string?> settings)
    {
        var app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
        {
            var all = new Dictionary<string, string?>
            {
                ["JobForge:Storage:ConnectionString"] = connectionString,
                ["JobForge:Auth:BootstrapKey"] = BootstrapKey,
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in settings)
            {
                all[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(all);
            builder.Services.AddSingleton<IStorageRequestObserver>(counter);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(address) };
        return new BenchServer(app, http);
    }

    public static async Task<string> CreateKeyAsync(HttpClient http, string tenant, params string[] scopes)
    {
        using var response = await SendAsync(http, HttpMethod.Post, BootstrapKey, "/api/v1/api-keys", JsonSerializer.Serialize(new { name = "bench", tenant_id = tenant, scopes }));
        return (await JsonAsync(response)).GetProperty("api_key").GetString()!;
    }

    public static async Task RegisterAsync(HttpClient http, string key, string templateJson, IEnumerable<string> tenants)
    {
        using (var put = await SendAsync(http, HttpMethod.Put, BootstrapKey, "/api/v1/templates/" + key, templateJson))
        {
            await JsonAsync(put);
        }

        foreach (var tenant in tenants)
        {
            var admin = await CreateKeyAsync(http, tenant, "templates:admin");
            using var enable = await SendAsync(http, HttpMethod.Post, admin, $"/api/v1/templates/{key}/enable", null);
            await JsonAsync(enable);
        }
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string apiKey, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
