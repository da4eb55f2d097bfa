using System.Net;
using JobForge.Server.Tests.Events;

namespace JobForge.Server.Tests.OpenApi;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task Document_ListsEveryRouteWithItsErrorShapes()
    {
        await using var server = await EventsTestServer.StartAsync();

        using var response = await server.GetAsync(EventsTestServer.BootstrapKey, "/api/v1/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await EventsTestServer.JsonAsync(response);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/health", "/api/v1/events", "/api/v1/api-keys", "/api/v1/audit", "/api/v1/flags" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }

        var ingest = paths.GetProperty("/api/v1/events").GetProperty("post");
        Assert.True(ingest.GetProperty("responses").TryGetProperty("202", out _));
        Assert.True(ingest.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ErrorEnvelope", out _));
        foreach (var path in paths.EnumerateObject().Where(path => path.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{operation.Name} {path.Name} documents no 401");
            }
        }
    }

    [Fact]
    public async Task Document_WithoutAKey_Is401()
    {
        await using var server = await EventsTestServer.StartAsync();

        await EventInputTests.AssertEnvelopeAsync(await server.GetAsync(null, "/api/v1/openapi/v1.json"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("V1")]
    [InlineData("%3Cscript%3E")]
    public async Task Document_UnknownName_Is404InTheEnvelope(string name)
    {
        await using var server = await EventsTestServer.StartAsync();

        await EventInputTests.AssertEnvelopeAsync(
            await server.GetAsync(EventsTestServer.BootstrapKey, $"/api/v1/openapi/{name}.json"), HttpStatusCode.NotFound, "not_found");
    }
}
