using System.Net;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;

namespace JobForge.Mcp.Tests;

/// <summary><c>/api/mcp</c> sits behind the API-key check: no key or a bad key is a 401 in the error envelope.</summary>
[Collection(McpServerCollection.Name)]
public sealed class McpHttpAuthenticationTests(McpTestServer server)
{
    private const string Initialize = """
        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer jf_not-a-real-key")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Post_WithoutAValidKey_Is401UnauthorizedInTheErrorEnvelope(string? authorization)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.McpEndpoint) { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("unauthorized", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("trace_id").GetString()));
        Assert.DoesNotContain("not-a-real-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Initialize_WithAValidKey_AnswersAsTheReadmesCurlExampleShows()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.McpEndpoint) { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + await server.KeyAsync(McpTestServer.NewTenant(), "jobs:read"));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"serverInfo\":{\"name\":\"jobforge\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task McpClient_WithoutAKey_CannotConnect()
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.McpEndpoint, TransportMode = HttpTransportMode.StreamableHttp });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await McpClient.CreateAsync(transport, cancellationToken: timeout.Token));

        Assert.Contains("401", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolCalls_UseTheRequestsOwnKey_NotAnother()
    {
        var tenant = McpTestServer.NewTenant();
        var other = McpTestServer.NewTenant();
        await using var mcp = await McpConnection.OpenAsync(server, McpConnection.Http, await server.KeyAsync(tenant, "jobs:read"));

        var own = McpConnection.Structured(await mcp.CallAsync("jobforge.templates.list", new()));
        var foreign = McpConnection.Error(await mcp.CallAsync("jobforge.templates.list", new() { ["tenant_id"] = other }));

        Assert.Equal(tenant, own.GetProperty("tenant_id").GetString());
        Assert.Equal("forbidden", foreign.GetProperty("type").GetString());
    }
}
