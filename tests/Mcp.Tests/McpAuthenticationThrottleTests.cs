using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JobForge.Mcp.Tests;

/// <summary>Failed keys at <c>/api/mcp</c> count towards the same per-client throttle as <c>/api/v1</c>: no way round it.</summary>
public sealed class McpAuthenticationThrottleTests(ThrottledMcpTestServer server) : IClassFixture<ThrottledMcpTestServer>
{
    [Fact]
    public async Task BadKeysAtTheMcpEndpoint_ThrottleTheClient_ThereAndOnTheApi()
    {
        var validKey = await server.KeyAsync(McpTestServer.NewTenant(), "jobs:read");
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await http.SendAsync(Post(server.McpEndpoint, "jf_wrong-key-" + attempt));
            statuses.Add(response.StatusCode);
        }

        using var api = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "api/v1/templates"));
        api.Headers.Authorization = new AuthenticationHeaderValue("Bearer", validKey);
        using var apiResponse = await http.SendAsync(api);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, apiResponse.StatusCode);
        var error = JsonDocument.Parse(await apiResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("rate_limited", error.GetProperty("type").GetString());
    }

    private static HttpRequestMessage Post(Uri endpoint, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }
}
