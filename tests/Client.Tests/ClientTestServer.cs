using System.Text.Json.Nodes;
using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace JobForge.Client.Tests;

/// <summary>
/// The whole JobForge server (<see cref="JobForgeTestServer"/>: real Kestrel on 127.0.0.1:0 against the shared Azurite
/// with its own tables, the run engine on) with every feature flag the client touches enabled; clients are made with
/// <see cref="JobForgeClient.Create"/>.
/// </summary>
public sealed class ClientTestServer() : JobForgeTestServer(BootstrapKey, "client test", JobForgeServer.Build)
{
    public const string BootstrapKey = "bootstrap-key-for-client-tests-0123456789abcdef";

    /// <summary>The server built (not started) with <paramref name="settings"/>: for reading its route table.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings) =>
        JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder => builder.Configuration.AddInMemoryCollection(settings));

    protected override void Configure(IDictionary<string, string?> settings)
    {
        Add(settings, UnreachableOpsModule);
        Add(settings, EventEncryption);
        settings["JOBFORGE_POLICY_TOKEN_SECRET"] = "client-policy-secret-0123456789abcdef";
        settings["JOBFORGE_ACTION_JOBS_ENABLED"] = "1";
        settings["REPLAY_PACK_ENABLED"] = "1";
    }

    /// <summary>Registers <paramref name="template"/> and enables it for <paramref name="tenant"/>; returns its key.</summary>
    public async Task<string> RegisterAsync(string tenant, Func<string, JsonObject> template)
    {
        var key = "client." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        await RegisterAsync(tenant, key, template(key));
        return key;
    }

    public static JsonObject Quick(string key) => SurfaceTemplates.Quick(key, "Client test");

    public static JsonObject Approval(string key) => SurfaceTemplates.Approval(key, "Client test");
}
