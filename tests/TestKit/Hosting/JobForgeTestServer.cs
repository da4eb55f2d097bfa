using System.Text.Json.Nodes;
using JobForge.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace JobForge.TestKit.Hosting;

/// <summary>
/// The whole JobForge server for the tests of a client surface (CLI, SDK, MCP, dashboard): a real Kestrel on
/// 127.0.0.1:0 against the shared Azurite with tables and containers of its own, the run engine on, streams polling fast,
/// and the features every surface touches (events, audit, autopilot jobs, manifests). A project's fixture derives: it
/// names its operator key, adds its own settings (<see cref="Configure"/>) and services, and hands over the server's
/// builder (<c>JobForgeServer.Build</c>), so the test kit references no host.
/// </summary>
public abstract class JobForgeTestServer : IAsyncLifetime
{
    private readonly string _bootstrapKey;
    private readonly string _keyName;
    private readonly Func<string[], Action<WebApplicationBuilder>?, WebApplication> _build;
    private WebApplication? _app;

    /// <summary>A server accepting <paramref name="bootstrapKey"/>, creating keys named <paramref name="keyName"/>, built by <paramref name="build"/>.</summary>
    protected JobForgeTestServer(string bootstrapKey, string keyName, Func<string[], Action<WebApplicationBuilder>?, WebApplication> build)
    {
        _bootstrapKey = bootstrapKey;
        _keyName = keyName;
        _build = build;
    }

    /// <summary>An ops module that is configured but never answers (discard port): templates that need one can be enabled.</summary>
    public static IReadOnlyDictionary<string, string?> UnreachableOpsModule { get; } = new Dictionary<string, string?>
    {
        ["JobForge:Modules:ops:BaseUrl"] = "http://127.0.0.1:9",
        ["JobForge:Modules:ops:SigningSecret"] = "ops-signing-secret-for-tests",
    };

    /// <summary>A field-encryption key, so events with <c>encrypt_fields</c> are accepted.</summary>
    public static IReadOnlyDictionary<string, string?> EventEncryption { get; } = new Dictionary<string, string?>
    {
        ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
        ["JobForge:Events:Encryption:Keys:k1"] = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    };

    /// <summary>The running server.</summary>
    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    /// <summary>The bound address, read back from Kestrel.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <inheritdoc />
    public virtual async Task InitializeAsync()
    {
        var settings = (await UniqueStorageSettings.ForSharedAzuriteAsync(_bootstrapKey))
            .WithJobStores()
            .WithArtifactStore()
            .With(new Dictionary<string, string?>
            {
                ["JOBFORGE_EVENTS_ENABLED"] = "1",
                ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
                ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
                ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
                ["JobForge:Engine:Enabled"] = "true",
                ["JobForge:Engine:LeaseDuration"] = "00:00:03",
                ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
                ["JobForge:Streams:PollInterval"] = "00:00:00.1",
            })
            .ToDictionary();
        Configure(settings);
        _app = _build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            ConfigureServices(builder.Services);
        });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Adds or overrides settings (the policy-token secret, flags, modules, …).</summary>
    protected abstract void Configure(IDictionary<string, string?> settings);

    /// <summary>Registers services before the server's own (a capturing logger provider, …).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Copies <paramref name="extra"/> into <paramref name="settings"/>.</summary>
    protected static void Add(IDictionary<string, string?> settings, IReadOnlyDictionary<string, string?> extra)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(extra);
        foreach (var (name, value) in extra)
        {
            settings[name] = value;
        }
    }

    /// <summary>Client options for this server with <paramref name="apiKey"/>, polling fast.</summary>
    public JobForgeClientOptions ClientOptions(string apiKey) =>
        new() { BaseAddress = Address, ApiKey = apiKey, PollInterval = TimeSpan.FromMilliseconds(200) };

    /// <summary>A client with <paramref name="apiKey"/>.</summary>
    public JobForgeClient NewClient(string apiKey) => JobForgeClient.Create(ClientOptions(apiKey));

    /// <summary>A client with the operator key.</summary>
    public JobForgeClient Admin() => NewClient(_bootstrapKey);

    /// <summary>A tenant id no other test uses.</summary>
    public static string NewTenant() => UniqueNames.Next("tenant");

    /// <summary>A new key for <paramref name="tenant"/> with <paramref name="scopes"/> (the whole <c>jf_…</c> value).</summary>
    public async Task<string> KeyAsync(string tenant, params string[] scopes)
    {
        using var admin = Admin();
        return (await admin.ApiKeys.CreateAsync(_keyName, tenant, scopes)).ApiKey;
    }

    /// <summary>Registers <paramref name="template"/> under <paramref name="key"/> and enables it for <paramref name="tenant"/>.</summary>
    public async Task RegisterAsync(string tenant, string key, JsonObject template)
    {
        using var admin = Admin();
        await admin.Templates.PutAsync(key, template);
        await EnableAsync(tenant, key);
    }

    /// <summary>Enables <paramref name="templateKey"/> for <paramref name="tenant"/>.</summary>
    public async Task EnableAsync(string tenant, string templateKey)
    {
        using var tenantAdmin = NewClient(await KeyAsync(tenant, "templates:admin"));
        await tenantAdmin.Templates.EnableAsync(templateKey);
    }
}
