using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit.Azurite;

namespace JobForge.Server.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_WithAzurite_Is200WithEveryServiceUp()
    {
        var azurite = await AzuriteInstance.Shared;
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
        });

        using var response = await server.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        foreach (var service in new[] { "tables", "blobs", "queues" })
        {
            Assert.Equal("up", body.RootElement.GetProperty("checks").GetProperty(service).GetProperty("status").GetString());
        }

        Assert.False(body.RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Health_WithUnreachableStorage_Is503NamingEachServiceInTheErrorEnvelope()
    {
        var closedPort = FreePort();
        var key = AzuriteInstance.DevelopmentAccountKey;
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] =
                $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};" +
                $"BlobEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;" +
                $"TableEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1",
            ["JobForge:Storage:MaxRetries"] = "0",
        });

        using var response = await server.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("dependency_unavailable", error.GetProperty("type").GetString());
        Assert.Equal("Storage unreachable: tables, blobs, queues.", error.GetProperty("message").GetString());
        Assert.Equal(32, error.GetProperty("trace_id").GetString()!.Length);
        Assert.Equal("unreachable", body.RootElement.GetProperty("checks").GetProperty("blobs").GetProperty("reason").GetString());
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
