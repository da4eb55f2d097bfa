using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.Storage.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Bench.Common;

/// <summary>
/// The real server in the benchmark's process (Kestrel on loopback, Production environment, logging at Warning) with a
/// storage request counter, and API helpers. The benchmark hands in the host's builder (<c>JobForgeServer.Build</c>).
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    /// <summary>The operator key every benchmark server accepts.</summary>
    public const string BootstrapKey = "bench-bootstrap-key-0123456789abcdef0123456789";

    private BenchServer(WebApplication app, HttpClient http, StorageRequestCounter counter)
    {
        App = app;
        Http = http;
        Counter = counter;
    }

    /// <summary>The running server.</summary>
    public WebApplication App { get; }

    /// <summary>A client for the server (up to 1,024 connections).</summary>
    public HttpClient Http { get; }

    /// <summary>The server's storage requests.</summary>
    public StorageRequestCounter Counter { get; }

    /// <summary>Builds the server with <paramref name="build"/> and <paramref name="settings"/> over the defaults, counting its storage requests with <paramref name="counter"/>, and starts it.</summary>
    public static async Task<BenchServer> StartAsync(
        Func<string[], Action<WebApplicationBuilder>?, WebApplication> build, string connectionString, StorageRequestCounter counter,
        IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(settings);
        var app = build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
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
        return new BenchServer(app, http, counter);
    }

    /// <summary>Creates a key for <paramref name="tenant"/> with <paramref name="scopes"/>; returns it.</summary>
    public static async Task<string> CreateKeyAsync(HttpClient http, string tenant, params string[] scopes)
    {
        using var response = await SendAsync(http, HttpMethod.Post, BootstrapKey, "/api/v1/api-keys", JsonSerializer.Serialize(new { name = "bench", tenant_id = tenant, scopes }));
        return (await JsonAsync(response)).GetProperty("api_key").GetString()!;
    }

    /// <summary>Registers <paramref name="templateJson"/> as <paramref name="key"/> and enables it for each of <paramref name="tenants"/>.</summary>
    public static async Task RegisterAsync(HttpClient http, string key, string templateJson, IEnumerable<string> tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
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

    /// <summary>Sends <paramref name="json"/> (if any) to <paramref name="path"/> with <paramref name="apiKey"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string apiKey, string path, string? json)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    /// <summary>The response's JSON body; throws with the status and body when it is not a success.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
