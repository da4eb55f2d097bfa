using System.Text.Json.Nodes;
using JobForge.Client;
using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Mcp.Tests;

/// <summary>
/// The whole JobForge server on a real Kestrel (127.0.0.1:0) against the shared Azurite with its own tables, the run
/// engine on and the feature flags the tools touch enabled. One instance for the assembly (<see cref="McpServerCollection"/>).
/// </summary>
public class McpTestServer : IAsyncLifetime
{
    public const string BootstrapKey = "bootstrap-key-for-mcp-tests-0123456789abcdef";

    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public Uri McpEndpoint => new(Address, "api/mcp");

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
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "mcp-policy-secret-0123456789abcdef",
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_ACTION_JOBS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Streams:PollInterval"] = "00:00:00.1",
        };
        foreach (var (name, value) in ExtraSettings)
        {
            settings[name] = value;
        }

        _app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder => builder.Configuration.AddInMemoryCollection(settings));
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary>Settings a derived fixture adds or overrides.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public JobForgeClientOptions ClientOptions(string apiKey) =>
        new() { BaseAddress = Address, ApiKey = apiKey, PollInterval = TimeSpan.FromMilliseconds(200) };

    public JobForgeClient Admin() => JobForgeClient.Create(ClientOptions(BootstrapKey));

    public static string NewTenant() => UniqueNames.Next("tenant");

    public async Task<string> KeyAsync(string tenant, params string[] scopes)
    {
        using var admin = Admin();
        return (await admin.ApiKeys.CreateAsync("mcp test", tenant, scopes)).ApiKey;
    }

    /// <summary>Registers a one-step template (input <c>n</c>, output <c>value</c>) and enables it for <paramref name="tenant"/>.</summary>
    public Task<string> RegisterQuickAsync(string tenant) => RegisterAsync(tenant, """
        "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}},"additionalProperties":false},"output_schema":{"type":"object"},
        "steps":[{"id":"only","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}}]
        """);

    /// <summary>Registers a template that waits for approval, and enables it for <paramref name="tenant"/>.</summary>
    public Task<string> RegisterApprovalAsync(string tenant) => RegisterAsync(tenant, """
        "input_schema":{"type":"object"},"output_schema":{"type":"object"},
        "steps":[{"id":"ask","uses":"approval","with":{}},{"id":"after","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]
        """);

    /// <summary>Enables the built-in <paramref name="templateKey"/> for <paramref name="tenant"/>.</summary>
    public async Task EnableAsync(string tenant, string templateKey)
    {
        using var tenantAdmin = JobForgeClient.Create(ClientOptions(await KeyAsync(tenant, "templates:admin")));
        await tenantAdmin.Templates.EnableAsync(templateKey);
    }

    private async Task<string> RegisterAsync(string tenant, string body)
    {
        var key = "mcp." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        var template = JsonNode.Parse($$"""
            {"template_key":"{{key}}","name":"MCP test","category":"ops","version":"1.0.0","required_scopes":["ops:read"],{{body}}}
            """)!.AsObject();
        using var admin = Admin();
        await admin.Templates.PutAsync(key, template);
        await EnableAsync(tenant, key);
        return key;
    }
}
