using JobForge.TestKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.Mcp.Tests.Security;

/// <summary>
/// A server of its own for the MCP leak scan: canary secrets in its configuration (a <c>${{ secrets.* }}</c> value, the
/// policy-token secret, the field-encryption key) and every log line it writes, at Debug, kept for the scan.
/// </summary>
public sealed class LeakScanMcpTestServer : McpTestServer
{
    public const string StepSecret = "mcp-leak-canary-step-secret-8e1f4c7a2d";
    public const string PolicySecret = "mcp-leak-canary-policy-secret-5b9d3e1f7a2c";

    public static readonly string EncryptionKey = Convert.ToBase64String(Enumerable.Range(201, 32).Select(i => (byte)i).ToArray());

    /// <summary>Everything the server logged.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["JobForge:Secrets:MCP_LEAK_TOKEN"] = StepSecret,
        ["JOBFORGE_POLICY_TOKEN_SECRET"] = PolicySecret,
        ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
        ["JobForge:Events:Encryption:Keys:k1"] = EncryptionKey,
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}
