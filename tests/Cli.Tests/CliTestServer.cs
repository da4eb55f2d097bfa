using System.Text.Json.Nodes;
using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;

namespace JobForge.Cli.Tests;

/// <summary>
/// One JobForge server for the whole CLI collection (<see cref="JobForgeTestServer"/>: real Kestrel on 127.0.0.1:0
/// against the shared Azurite with its own tables, the run engine on) with field encryption and replay on. Seeds data
/// through the SDK and runs the CLI with <c>JOBFORGE_URL</c>/<c>JOBFORGE_API_KEY</c> pointing at it and an empty config
/// directory of its own.
/// </summary>
public sealed class CliTestServer() : JobForgeTestServer(BootstrapKey, "cli test", JobForgeServer.Build)
{
    public const string BootstrapKey = "bootstrap-key-for-cli-tests-0123456789abcdef";

    public string ConfigDirectory { get; } = Path.Combine(Path.GetTempPath(), "jobforge-cli-tests-" + Guid.NewGuid().ToString("N"));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(ConfigDirectory);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(ConfigDirectory, recursive: true);
    }

    protected override void Configure(IDictionary<string, string?> settings)
    {
        Add(settings, EventEncryption);
        settings["JOBFORGE_POLICY_TOKEN_SECRET"] = "cli-policy-secret-0123456789abcdef0123";
        settings["REPLAY_PACK_ENABLED"] = "1";
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

    /// <summary>Registers <paramref name="template"/> and enables it for <paramref name="tenant"/>; returns its key.</summary>
    public async Task<string> RegisterAsync(string tenant, Func<string, JsonObject> template)
    {
        var key = NewTemplateKey();
        await RegisterAsync(tenant, key, template(key));
        return key;
    }

    public static string NewTemplateKey() => "cli." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);

    public static JsonObject Quick(string key) => SurfaceTemplates.Quick(key, "CLI test");

    public static JsonObject Approval(string key) => SurfaceTemplates.Approval(key, "CLI test");
}
