using System.Net;
using System.Text;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit.Azurite;

namespace JobForge.Server.Tests.Errors;

public sealed class ErrorEnvelopeTests
{
    [Theory]
    [InlineData("GET", "/api/v1/nothing-here", HttpStatusCode.NotFound, "not_found")]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound, "not_found")] // "/" is the dashboard
    [InlineData("POST", "/api/health", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("DELETE", "/api/health", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("GET", "/api/v1/flags", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("GET", "/api/v1/flags?key=wrong", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("POST", "/api/v1/events?text", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    public async Task Request_ToUnknownRouteOrWrongMethod_GetsTheErrorEnvelope(string method, string path, HttpStatusCode status, string type)
    {
        await using var server = await StartAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path.EndsWith("=wrong", StringComparison.Ordinal))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-key-of-this-server-0123456789abcdef");
        }

        if (path.EndsWith("?text", StringComparison.Ordinal))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BootstrapKey);
            request.Content = new StringContent("not json", Encoding.UTF8, "text/plain");
        }

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(type, error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.True(error.TryGetProperty("details", out var details) && details.ValueKind is JsonValueKind.Object or JsonValueKind.Array, "details is always present");
        Assert.True(error.GetProperty("timestamp").TryGetDateTimeOffset(out var timestamp) && timestamp.Offset == TimeSpan.Zero);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("trace_id").GetString()));
    }

    [Fact]
    public async Task Request_WithHugeBody_IsRejectedWithoutA500()
    {
        await using var server = await StartAsync();

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('x', 2 * 1024 * 1024)));
        using var response = await server.Client.PostAsync("/api/health", content);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"got {(int)response.StatusCode}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("error", out _));
    }

    private const string BootstrapKey = "error-envelope-tests-operator-key-0123456789";

    private static async Task<RunningServer> StartAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        return await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            ["JobForge:Auth:BootstrapKey"] = BootstrapKey,
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
        });
    }
}
