using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Audit;
using JobForge.Domain.Runs;
using JobForge.Domain.Triggers;
using JobForge.Application.Publishing;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using JobForge.Server.Tests.RateLimits;
using JobForge.Application.Triggers;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Triggers;

/// <summary>A lease that is always granted: one scheduler, driven tick by tick.</summary>
internal sealed class GrantedLease : ISchedulerLease
{
    public Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<bool> RenewAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task ReleaseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>
/// The whole server on a real Kestrel against the shared Azurite with its own tables, a manual clock, the hosted
/// scheduler off (tests call <see cref="TickAsync"/>), an always-granted lease and triggers on unless <c>extra</c> says otherwise.
/// </summary>
public class TriggersTestServer : IAsyncLifetime
{
    public const string PolicySecret = "triggers-policy-secret-0123456789abcdef";
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly IReadOnlyDictionary<string, string?> _extra;
    private RunningServer? _server;

    public TriggersTestServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected TriggersTestServer(IReadOnlyDictionary<string, string?> extra) => _extra = extra;

    public FakeTimeProvider Clock { get; } = new(Start);

    internal RecordingAuditLog Audit { get; } = new();

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public TriggerScheduler Scheduler => Server.App.Services.GetRequiredService<TriggerScheduler>();

    public IRunStore Runs => Server.App.Services.GetRequiredService<IRunStore>();

    public TriggerOutboxObserver Observer => Server.App.Services.GetServices<IOutboxObserver>().OfType<TriggerOutboxObserver>().Single();

    /// <summary>Tables of its own for every store a trigger touches, the ops module, a policy secret, and the jobs and triggers flags on.</summary>
    public static Dictionary<string, string?> IsolatedSettings() => new UniqueStorageSettings()
        .WithJobStores()
        .WithTriggerStores()
        .With(JobForgeTestServer.UnreachableOpsModule)
        .With(new Dictionary<string, string?>
        {
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = PolicySecret,
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
        })
        .ToDictionary();

    public async Task InitializeAsync()
    {
        var defaults = IsolatedSettings();
        defaults["JobForge:Triggers:Scheduler:Enabled"] = "false";
        defaults["JobForge:Triggers:Scheduler:MisfireGrace"] = "00:00:05";
        defaults["JOBFORGE_ACTION_JOBS_ENABLED"] = "1";
        foreach (var (key, value) in _extra)
        {
            defaults[key] = value;
        }

        var settings = await EventsTestServer.SettingsAsync(defaults);
        _server = await RunningServer.StartAsync(settings, services =>
        {
            services.AddSingleton<TimeProvider>(Clock).AddSingleton<ISchedulerLease>(new GrantedLease()).AddSingleton<IAuditLog>(Audit);
            ConfigureServices(services);
        });
    }

    /// <summary>More registrations after the defaults (a later one wins): a derived fixture's lease or store decorators.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public static string NewTenant() => UniqueNames.Next("tenant");

    public Task<TriggerTickResult> TickAsync() => Scheduler.TickAsync(Clock.GetUtcNow());

    public async Task<string> CreateKeyAsync(string tenant, params string[] scopes)
    {
        using var response = await SendAsync(HttpMethod.Post, EventsTestServer.BootstrapKey, "/api/v1/api-keys",
            JsonSerializer.Serialize(new { name = "test key", tenant_id = tenant, scopes }));
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("api_key").GetString()!;
    }

    /// <summary>A tenant with the scan and apply templates enabled and an admin key holding their scopes.</summary>
    public async Task<(string Tenant, string Key)> NewAdminAsync()
    {
        var tenant = NewTenant();
        var admin = await CreateKeyAsync(tenant, "templates:admin");
        foreach (var template in new[] { "autopilot.ops.scan", "autopilot.ops.apply" })
        {
            using var enabled = await SendAsync(HttpMethod.Post, admin, $"/api/v1/templates/{template}/enable", null);
            Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        }

        return (tenant, await CreateKeyAsync(tenant, "triggers:admin", "ops:read", "ops:write"));
    }

    public async Task<string> IssueTokenAsync(string tenant, string action, string actor, string[] scopes)
    {
        var issuer = await CreateKeyAsync(tenant, "policy:issue");
        using var response = await SendAsync(HttpMethod.Post, issuer, "/api/v1/policy-tokens",
            JsonSerializer.Serialize(new { tenant_id = tenant, actor_id = actor, action, scopes }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("token").GetString()!;
    }

    /// <summary>Creates an enabled cron trigger of the scan template; returns its JSON.</summary>
    public async Task<JsonElement> CreateCronAsync(string tenant, string key, string cron, string extra = "", int cooldown = 0)
    {
        using var response = await SendAsync(HttpMethod.Post, key, "/api/v1/triggers",
            $$"""{"tenant_id":"{{tenant}}","trigger_type":"cron","name":"scan","target_template_key":"autopilot.ops.scan","target_inputs":{"target":"vm-1"},"enabled":true,"cron_expression":"{{cron}}","safety":{"cooldown_seconds":{{cooldown}},"max_runs_per_hour":100000}{{extra}}}""");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    public async Task<List<JsonElement>> DecisionsAsync(string key, string id)
    {
        using var response = await SendAsync(HttpMethod.Get, key, $"/api/v1/triggers/{id}/decisions?limit=200", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return [.. (await JsonAsync(response)).GetProperty("items").EnumerateArray()];
    }

    /// <summary>The runs stored for the tenant, by idempotency claim (the oracle's view of the run store).</summary>
    public Task<RunLedger> LedgerAsync(string tenant) => RunLedger.ReadAsync(Server, tenant);

    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json") =>
        Server.SendAsync(method, key, path, json, headers, contentType);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string> ErrorTypeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("error").GetProperty("type").GetString()!;
}
