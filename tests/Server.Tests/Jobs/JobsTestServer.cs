using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Audit;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Jobs;

/// <summary>
/// The whole server on a real Kestrel against the shared Azurite with its own tables, the jobs flags on (unless
/// <c>extra</c> says otherwise), the ops module configured, a policy token secret and a recording audit log.
/// </summary>
public class JobsTestServer : IAsyncLifetime
{
    public const string PolicySecret = "jobs-policy-secret-0123456789abcdef";

    private readonly IReadOnlyDictionary<string, string?> _extra;
    private RunningServer? _server;

    public JobsTestServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected JobsTestServer(IReadOnlyDictionary<string, string?> extra) => _extra = extra;

    internal RecordingAuditLog Audit { get; } = new();

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var defaults = new UniqueStorageSettings()
            .WithJobStores()
            .With(JobForgeTestServer.UnreachableOpsModule)
            .With(new Dictionary<string, string?>
            {
                ["JOBFORGE_POLICY_TOKEN_SECRET"] = PolicySecret,
                ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
                ["JOBFORGE_ACTION_JOBS_ENABLED"] = "1",
                ["JobForge:Engine:Enabled"] = "false", // request tests see runs as requested; engine tests turn it on
            })
            .ToDictionary();
        foreach (var (key, value) in _extra)
        {
            defaults[key] = value;
        }

        var settings = await EventsTestServer.SettingsAsync(defaults);
        _server = await RunningServer.StartAsync(settings, services =>
        {
            services.AddSingleton<IAuditLog>(Audit);
            ConfigureServices(services);
        });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Lets a derived server add or replace services (after the recording audit log).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public static string NewTenant() => UniqueNames.Next("tenant");

    public async Task<string> CreateKeyAsync(string tenant, params string[] scopes)
    {
        using var response = await SendAsync(HttpMethod.Post, EventsTestServer.BootstrapKey, "/api/v1/api-keys",
            JsonSerializer.Serialize(new { name = "test key", tenant_id = tenant, scopes }));
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("api_key").GetString()!;
    }

    public async Task EnableAsync(string tenant, string templateKey)
    {
        var admin = await CreateKeyAsync(tenant, "templates:admin");
        using var response = await SendAsync(HttpMethod.Post, admin, $"/api/v1/templates/{templateKey}/enable", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> IssueTokenAsync(string tenant, string action, string actor, string[] scopes, string? project = null)
    {
        var issuer = await CreateKeyAsync(tenant, "policy:issue");
        using var response = await SendAsync(HttpMethod.Post, issuer, "/api/v1/policy-tokens",
            JsonSerializer.Serialize(new { tenant_id = tenant, project_id = project, actor_id = actor, action, scopes }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("token").GetString()!;
    }

    public Task<HttpResponseMessage> PostJobAsync(string? key, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, key, "/api/v1/jobs", json, headers);

    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json") =>
        Server.SendAsync(method, key, path, json, headers, contentType);

    public static string Scan(string tenant, string inputs = """{"target":"vm-1"}""", string extra = "") =>
        $$"""{"tenant_id":"{{tenant}}","template_key":"autopilot.ops.scan","inputs":{{inputs}}{{extra}}}""";

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string> ErrorTypeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("error").GetProperty("type").GetString()!;

    public async Task AuditedAsync(string tenant, string action, string decision, string reason) =>
        await Eventually.TrueAsync(
            () => Task.FromResult(Audit.Records.Any(r => r.TenantId == tenant && r.Action == action && r.Decision == decision && r.Reason == reason)),
            TimeSpan.FromSeconds(5), $"audit {action} {decision} {reason} for {tenant}");
}
