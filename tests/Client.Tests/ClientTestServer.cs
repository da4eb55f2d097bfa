using System.Text.Json.Nodes;
using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Client.Tests;

/// <summary>
/// The whole JobForge server on a real Kestrel (127.0.0.1:0) against the shared Azurite with its own tables, the run
/// engine on and every feature flag the client touches enabled; clients are made with <see cref="JobForgeClient.Create"/>.
/// </summary>
public sealed class ClientTestServer : IAsyncLifetime
{
    public const string BootstrapKey = "bootstrap-key-for-client-tests-0123456789abcdef";

    private WebApplication? _app;

    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        var settings = new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            ["JobForge:Auth:BootstrapKey"] = BootstrapKey,
            ["JobForge:Auth:TableName"] = UniqueNames.Next("keys"),
            ["JobForge:EventStore:EventsTableName"] = UniqueNames.Next("events"),
            ["JobForge:EventStore:TenantsTableName"] = UniqueNames.Next("tenants"),
            ["JobForge:EventStore:BlobContainerName"] = UniqueNames.Next("docs"),
            ["JobForge:Audit:TableName"] = UniqueNames.Next("audit"),
            ["JobForge:RateLimits:TableName"] = UniqueNames.Next("limits"),
            ["JobForge:Templates:TableName"] = UniqueNames.Next("templates"),
            ["JobForge:Templates:EnablementTableName"] = UniqueNames.Next("switches"),
            ["JobForge:Runs:TableName"] = UniqueNames.Next("runs"),
            ["JobForge:Policy:RevocationsTableName"] = UniqueNames.Next("revocations"),
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
            ["JobForge:Modules:ops:BaseUrl"] = "http://127.0.0.1:9",
            ["JobForge:Modules:ops:SigningSecret"] = "ops-signing-secret-for-tests",
            ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
            ["JobForge:Events:Encryption:Keys:k1"] = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "client-policy-secret-0123456789abcdef",
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_ACTION_JOBS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Streams:PollInterval"] = "00:00:00.1",
        };
        _app = Build(settings);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary>The server built (not started) with <paramref name="settings"/>: for reading its route table.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings) =>
        JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder => builder.Configuration.AddInMemoryCollection(settings));

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public JobForgeClient NewClient(string apiKey) => JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = Address, ApiKey = apiKey, PollInterval = TimeSpan.FromMilliseconds(200) });

    public JobForgeClient Admin() => NewClient(BootstrapKey);

    public static string NewTenant() => UniqueNames.Next("tenant");

    public async Task<string> KeyAsync(string tenant, params string[] scopes)
    {
        using var admin = Admin();
        return (await admin.ApiKeys.CreateAsync("client test", tenant, scopes)).ApiKey;
    }

    /// <summary>Registers <paramref name="template"/> and enables it for <paramref name="tenant"/>; returns its key.</summary>
    public async Task<string> RegisterAsync(string tenant, Func<string, JsonObject> template)
    {
        var key = "client." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        using var admin = Admin();
        await admin.Templates.PutAsync(key, template(key));
        using var tenantAdmin = NewClient(await KeyAsync(tenant, "templates:admin"));
        await tenantAdmin.Templates.EnableAsync(key);
        return key;
    }

    public static JsonObject Quick(string key) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"Client test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],
         "steps":[{"id":"only","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}}]}
        """)!.AsObject();

    public static JsonObject Approval(string key) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"Client test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
         "steps":[{"id":"ask","uses":"approval","with":{}},
                  {"id":"after","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]}
        """)!.AsObject();
}
