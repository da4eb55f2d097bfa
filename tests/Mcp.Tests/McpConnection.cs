using System.IO.Pipelines;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace JobForge.Mcp.Tests;

/// <summary>
/// An MCP client connected to JobForge over one transport with one API key: <c>http</c> (Streamable HTTP at
/// <c>/api/mcp</c> with <c>Authorization: Bearer</c>) or <c>stdio</c> (<see cref="McpStdioHost"/> on an in-process pipe
/// pair, exactly the streams <c>jobforge mcp</c> serves on stdin/stdout).
/// </summary>
public sealed class McpConnection : IAsyncDisposable
{
    public const string Http = "http";
    public const string Stdio = "stdio";

    private readonly CancellationTokenSource _stop;
    private readonly Task<int>? _stdioServer;

    private McpConnection(McpClient client, CancellationTokenSource stop, Task<int>? stdioServer)
    {
        Client = client;
        _stop = stop;
        _stdioServer = stdioServer;
    }

    public McpClient Client { get; }

    public static async Task<McpConnection> OpenAsync(McpTestServer server, string transport, string apiKey)
    {
        var stop = new CancellationTokenSource();
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        if (transport == Http)
        {
            var http = new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = server.McpEndpoint,
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + apiKey },
            });
            return new McpConnection(await McpClient.CreateAsync(http, cancellationToken: connecting.Token), stop, null);
        }

        var toServer = new Pipe();
        var fromServer = new Pipe();
        var serving = McpStdioHost.RunAsync(server.ClientOptions(apiKey), toServer.Reader.AsStream(), fromServer.Writer.AsStream(), stop.Token);
        var stdio = new StreamClientTransport(toServer.Writer.AsStream(), fromServer.Reader.AsStream());
        return new McpConnection(await McpClient.CreateAsync(stdio, cancellationToken: connecting.Token), stop, serving);
    }

    /// <summary>Calls <paramref name="tool"/>; object and array argument values may be given as JSON text via <see cref="Json"/>.</summary>
    public async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Client.CallToolAsync(tool, arguments, cancellationToken: timeout.Token);
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    /// <summary>The structured content of a successful result (fails the test with the error text otherwise).</summary>
    public static JsonElement Structured(CallToolResult result)
    {
        Assert.True(result.IsError != true, "tool error: " + Text(result));
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent!.Value;
    }

    /// <summary>The <c>error</c> object of a tool error.</summary>
    public static JsonElement Error(CallToolResult result)
    {
        Assert.True(result.IsError == true, "expected a tool error, got: " + Text(result));
        return Json(Text(result)).GetProperty("error");
    }

    public static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(block => block.Text));

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _stop.CancelAsync();
        if (_stdioServer is not null)
        {
            Assert.Equal(0, await _stdioServer.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        _stop.Dispose();
    }
}
