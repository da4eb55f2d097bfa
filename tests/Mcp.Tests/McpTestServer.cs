using System.Text.Json.Nodes;
using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;

namespace JobForge.Mcp.Tests;

/// <summary>
/// The whole JobForge server (<see cref="JobForgeTestServer"/>: real Kestrel on 127.0.0.1:0 against the shared Azurite
/// with its own tables, the run engine on) with the feature flags the tools touch enabled. One instance for the assembly
/// (<see cref="McpServerCollection"/>).
/// </summary>
public class McpTestServer() : JobForgeTestServer(BootstrapKey, "mcp test", JobForgeServer.Build)
{
    public const string BootstrapKey = "bootstrap-key-for-mcp-tests-0123456789abcdef";

    public Uri McpEndpoint => new(Address, "api/mcp");

    /// <summary>Settings a derived fixture adds or overrides.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    protected override void Configure(IDictionary<string, string?> settings)
    {
        Add(settings, UnreachableOpsModule);
        settings["JOBFORGE_POLICY_TOKEN_SECRET"] = "mcp-policy-secret-0123456789abcdef";
        settings["JOBFORGE_ACTION_JOBS_ENABLED"] = "1";
        Add(settings, ExtraSettings);
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

    /// <summary>Registers a template of <paramref name="body"/> (schemas and steps) and enables it for <paramref name="tenant"/>; returns its key.</summary>
    public async Task<string> RegisterAsync(string tenant, string body)
    {
        var key = "mcp." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        var template = JsonNode.Parse($$"""
            {"template_key":"{{key}}","name":"MCP test","category":"ops","version":"1.0.0","required_scopes":["ops:read"],{{body}}}
            """)!.AsObject();
        await RegisterAsync(tenant, key, template);
        return key;
    }
}
