using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JobForge.Domain.Audit;
using JobForge.Domain.Auth;
using JobForge.Application.Auth;
using JobForge.Server.Tests.Hosting;
using JobForge.Storage.Auth;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Auth;

/// <summary>
/// The real server (real Kestrel on 127.0.0.1:0) with an in-memory key store, a manual clock, a recording audit log,
/// the bootstrap key, and probe routes: <c>GET /api/v1/probe/{tenant}/events</c> (events:write + tenant check) and
/// <c>GET /api/v1/probe/jobs</c> (jobs:read).
/// </summary>
internal sealed class AuthTestServer : IAsyncDisposable
{
    public const string BootstrapKey = "bootstrap-key-for-tests-0123456789abcdef";

    private AuthTestServer(WebApplication app, Uri address, InMemoryApiKeyStore store, FakeTimeProvider time, RecordingAuditLog audit)
    {
        App = app;
        Store = store;
        Time = time;
        Audit = audit;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        // Bodies wait for 100 Continue, so a request the server refuses on its headers (413) is answered before the
        // body is sent: without it a loaded machine can see the connection closed mid-upload (broken pipe).
        Client.DefaultRequestHeaders.ExpectContinue = true;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public InMemoryApiKeyStore Store { get; }

    public FakeTimeProvider Time { get; }

    public RecordingAuditLog Audit { get; }

    public static async Task<AuthTestServer> StartAsync(IReadOnlyDictionary<string, string?>? extra = null, bool inMemoryStore = true)
    {
        var azurite = await AzuriteInstance.Shared;
        var settings = new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            ["JobForge:Auth:BootstrapKey"] = BootstrapKey,
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var store = new InMemoryApiKeyStore();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var audit = new RecordingAuditLog();
        var app = RunningServer.Build(settings, services =>
        {
            if (inMemoryStore)
            {
                services.AddSingleton<IApiKeyStore>(store);
            }

            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IAuditLog>(audit);
        });
        MapProbes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new AuthTestServer(app, new Uri(address), store, time, audit);
    }

    /// <summary>Creates a key through the API with the bootstrap key and returns the full key text.</summary>
    public async Task<(string KeyId, string ApiKey)> CreateKeyAsync(string tenant, params string[] scopes)
    {
        using var request = Request(HttpMethod.Post, "/api/v1/api-keys", BootstrapKey);
        request.Content = JsonContent.Create(new { name = "test key", tenant_id = tenant, scopes });
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, text);
        using var body = JsonDocument.Parse(text);
        return (body.RootElement.GetProperty("key_id").GetString()!, body.RootElement.GetProperty("api_key").GetString()!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? apiKey, HttpContent? content = null)
    {
        using var request = Request(method, path, apiKey);
        request.Content = content;
        return await Client.SendAsync(request);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? apiKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static void MapProbes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/probe/{tenant}/events", (HttpContext context, string tenant) =>
            TenantAccess.Check(context, tenant) ?? Results.Ok(new { ok = true })).RequireScope("events:write");
        app.MapGet("/api/v1/probe/jobs", () => Results.Ok(new { ok = true })).RequireScope("jobs:read");
    }
}
