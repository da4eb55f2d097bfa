using JobForge.Client;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Server;

namespace JobForge.Mcp;

/// <summary>
/// The MCP server over stdio (<c>jobforge mcp</c>): JSON-RPC on standard input and output, every tool calling the API
/// at <see cref="JobForgeClientOptions.BaseAddress"/> with <see cref="JobForgeClientOptions.ApiKey"/>. Nothing else may
/// write to standard output while it runs, and the host itself logs nothing (the SDK would log whole messages, tool
/// arguments such as policy tokens included, at its lower levels).
/// </summary>
public static class McpStdioHost
{
    /// <summary>
    /// Serves on the process's stdin/stdout until the client closes stdin or <paramref name="cancellationToken"/> fires;
    /// returns the exit code (0). Throws <see cref="ArgumentException"/> when <paramref name="options"/> lack the address or key.
    /// </summary>
    public static async Task<int> RunAsync(JobForgeClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var client = JobForgeClient.Create(options);
        var serverOptions = JobForgeMcpTools.ServerOptions(new SingleClientSource(client));
        await using var transport = new StdioServerTransport(serverOptions, NullLoggerFactory.Instance);
        return await ServeAsync(transport, serverOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves on <paramref name="input"/> and <paramref name="output"/> (a pipe pair, a child process's streams); returns 0 when the client disconnects.</summary>
    public static async Task<int> RunAsync(JobForgeClientOptions options, Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var client = JobForgeClient.Create(options);
        var serverOptions = JobForgeMcpTools.ServerOptions(new SingleClientSource(client));
        await using var transport = new StreamServerTransport(input, output, JobForgeMcpTools.ServerName, NullLoggerFactory.Instance);
        return await ServeAsync(transport, serverOptions, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ServeAsync(ModelContextProtocol.Protocol.ITransport transport, McpServerOptions serverOptions, CancellationToken cancellationToken)
    {
        await using var server = McpServer.Create(transport, serverOptions, NullLoggerFactory.Instance);
        try
        {
            await server.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: a normal end.
        }

        return 0;
    }
}
