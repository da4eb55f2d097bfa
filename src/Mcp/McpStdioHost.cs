using JobForge.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Server;

namespace JobForge.Mcp;

/// <summary>
/// The MCP server over stdio (<c>jobforge mcp</c>): JSON-RPC on standard input and output, every tool calling the API
/// at <see cref="JobForgeClientOptions.BaseAddress"/> with <see cref="JobForgeClientOptions.ApiKey"/>. Nothing else may
/// write to standard output while it runs; logs, if any, go to the given logger factory (stderr at most).
/// </summary>
public static class McpStdioHost
{
    /// <summary>Serves on the process's stdin/stdout until the client disconnects or <paramref name="cancellationToken"/> fires; returns the exit code (0).</summary>
    public static async Task<int> RunAsync(JobForgeClientOptions options, CancellationToken cancellationToken, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var client = JobForgeClient.Create(options);
        var serverOptions = JobForgeMcpTools.ServerOptions(new SingleClientSource(client));
        await using var transport = new StdioServerTransport(serverOptions, loggerFactory ?? NullLoggerFactory.Instance);
        return await ServeAsync(transport, serverOptions, loggerFactory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves on <paramref name="input"/> and <paramref name="output"/> (a pipe pair, a child process's streams); returns 0 when the client disconnects.</summary>
    public static async Task<int> RunAsync(JobForgeClientOptions options, Stream input, Stream output, CancellationToken cancellationToken, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var client = JobForgeClient.Create(options);
        var serverOptions = JobForgeMcpTools.ServerOptions(new SingleClientSource(client));
        await using var transport = new StreamServerTransport(input, output, JobForgeMcpTools.ServerName, loggerFactory ?? NullLoggerFactory.Instance);
        return await ServeAsync(transport, serverOptions, loggerFactory, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ServeAsync(
        ModelContextProtocol.Protocol.ITransport transport, McpServerOptions serverOptions, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        await using var server = McpServer.Create(transport, serverOptions, loggerFactory);
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
