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

namespace JobForge.Cli.Tests;

/// <summary>
/// One JobForge server for the whole CLI collection: real Kestrel on 127.0.0.1:0 against the shared Azurite with its own
/// tables, the run engine on, and the flags the commands touch enabled. Seeds data through the SDK and runs the CLI with
/// <c>JOBFORGE_URL</c>/<c>JOBFORGE_API_KEY</c> pointing at it and an empty config directory of its own.
/// </summary>
public sealed class CliTestServer : IAsyncLifetime
{
    public const string BootstrapKey = "bootstrap-key-for-cli-tests-0123456789abcdef";

    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public string ConfigDirectory { get; } = Path.Combine(Path.GetTempPath(), "jobforge-cli-tests-" + Guid.NewGuid().ToString("N"));

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
            ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
            ["JobForge:Events:Encryption:Keys:k1"] = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "cli-policy-secret-0123456789abcdef0123",
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Streams:PollInterval"] = "00:00:00.1",
        };
        _app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Directory.CreateDirectory(ConfigDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(ConfigDirectory, recursive: true);
    }

    /// <summary>Runs <c>jobforge ARGS</c> against this server with <paramref name="apiKey"/> in the environment (none when null).</summary>
    public Task<CliResult> CliAsync(string? apiKey, params string[] args) => CliWithAsync(apiKey, null, null, args);

    /// <summary>As <see cref="CliAsync"/>, in a pseudo-terminal (<see cref="CliProcess.RunInTerminalAsync"/>).</summary>
    public Task<CliResult> TerminalAsync(string apiKey, params string[] args) => CliProcess.RunInTerminalAsync(new Dictionary<string, string?>
    {
        ["JOBFORGE_URL"] = Address.ToString(), ["JOBFORGE_CONFIG_DIR"] = ConfigDirectory, ["JOBFORGE_API_KEY"] = apiKey,
    }, args);

    /// <summary>As <see cref="CliAsync"/>, with standard input and extra environment variables.</summary>
    public Task<CliResult> CliWithAsync(string? apiKey, string? stdin, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var env = new Dictionary<string, string?>
        {
            ["JOBFORGE_URL"] = Address.ToString(),
            ["JOBFORGE_CONFIG_DIR"] = ConfigDirectory,
        };
        if (apiKey is not null)
        {
            env["JOBFORGE_API_KEY"] = apiKey;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            env[name] = value;
        }

        return CliProcess.RunAsync(env, stdin, args);
    }

    public JobForgeClient NewClient(string apiKey) =>
        JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = Address, ApiKey = apiKey, PollInterval = TimeSpan.FromMilliseconds(200) });

    public static string NewTenant() => UniqueNames.Next("tenant");

    public async Task<string> KeyAsync(string tenant, params string[] scopes)
    {
        using var admin = NewClient(BootstrapKey);
        return (await admin.ApiKeys.CreateAsync("cli test", tenant, scopes)).ApiKey;
    }

    /// <summary>Registers <paramref name="template"/> and enables it for <paramref name="tenant"/>; returns its key.</summary>
    public async Task<string> RegisterAsync(string tenant, Func<string, JsonObject> template)
    {
        var key = NewTemplateKey();
        using var admin = NewClient(BootstrapKey);
        await admin.Templates.PutAsync(key, template(key));
        using var tenantAdmin = NewClient(await KeyAsync(tenant, "templates:admin"));
        await tenantAdmin.Templates.EnableAsync(key);
        return key;
    }

    public static string NewTemplateKey() => "cli." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);

    public static JsonObject Quick(string key) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"CLI test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],
         "steps":[{"id":"only","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}}]}
        """)!.AsObject();

    public static JsonObject Approval(string key) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"CLI test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
         "steps":[{"id":"ask","uses":"approval","with":{}},
                  {"id":"after","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]}
        """)!.AsObject();
}
