using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using JobForge.Domain.Steps;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Steps;

/// <summary>
/// Issue 17: the egress rules applied after DNS and at every redirect, driven through a stub resolver and a recording
/// connector. The connector only ever opens loopback connections (to the test's sink), so a rule that failed open
/// would show up as a recorded endpoint, never as traffic leaving the machine.
/// </summary>
public sealed class HttpStepResolverTests
{
    private readonly ConcurrentQueue<IPEndPoint> _connects = new();

    [Theory]
    [InlineData("192.0.2.10", "documentation")]
    [InlineData("198.51.100.7", "documentation")]
    [InlineData("203.0.113.9", "documentation")]
    [InlineData("198.18.0.1", "reserved")]
    [InlineData("2001:db8::5", "documentation")]
    [InlineData("64:ff9b::c0a8:0001", "private")]
    public async Task Run_NameResolvingToASpecialPurposeAddress_IsRefusedWithoutConnecting(string resolved, string reason)
    {
        using var fixture = Fixture(new Dictionary<string, IPAddress[]> { ["api.example.com"] = [IPAddress.Parse(resolved)] }, sinkPort: 0);

        var outcome = await fixture.RunAsync(new { url = "http://api.example.com/hook" });

        Assert.Equal(StepFailureTypes.EgressDenied, outcome.Result.Failure?.Type);
        Assert.Equal(reason, outcome.Result.Failure!.Details!.Value.GetProperty("reason").GetString());
        Assert.Empty(_connects);
    }

    [Fact]
    public async Task Run_NameWithOnePublicAndOneDocumentationAddress_IsRefused()
    {
        using var fixture = Fixture(
            new Dictionary<string, IPAddress[]> { ["api.example.com"] = [IPAddress.Parse("8.8.8.8"), IPAddress.Parse("192.0.2.1")] }, sinkPort: 0);

        var outcome = await fixture.RunAsync(new { url = "http://api.example.com/hook" });

        Assert.Equal("documentation", outcome.Result.Failure!.Details!.Value.GetProperty("reason").GetString());
        Assert.Empty(_connects);
    }

    [Fact]
    public async Task Run_RedirectToANameResolvingToADocumentationAddress_IsRefusedAtThatHop()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "http://inner.example.com/steal";
            return Task.CompletedTask;
        };
        using var fixture = Fixture(
            new Dictionary<string, IPAddress[]>
            {
                ["api.example.com"] = [IPAddress.Parse("8.8.8.8")],
                ["inner.example.com"] = [IPAddress.Parse("198.51.100.20")],
            },
            sinkPort: sink.Url("/").Port);

        var outcome = await fixture.RunAsync(new { url = "http://api.example.com/start" });

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.EgressDenied, failure.Type);
        Assert.Equal("documentation", failure.Details!.Value.GetProperty("reason").GetString());
        Assert.Equal(1, failure.Details.Value.GetProperty("hop").GetInt32());
        Assert.Equal([IPAddress.Parse("8.8.8.8")], _connects.Select(endpoint => endpoint.Address));
        Assert.Single(sink.Requests);
    }

    // Resolves from the table; the connector records the vetted endpoint and connects to the loopback sink instead
    // (or refuses when there is none), so nothing leaves the machine whatever the rules decide.
    private HttpStepFixture Fixture(Dictionary<string, IPAddress[]> names, int sinkPort)
    {
        var transport = new EgressTransport(
            (host, _) => Task.FromResult(names.TryGetValue(host, out var addresses) ? addresses : []),
            async (endpoint, cancellationToken) =>
            {
                _connects.Enqueue(endpoint);
                if (sinkPort == 0)
                {
                    throw new HttpRequestException(HttpRequestError.ConnectionError, "the test connector refuses");
                }

                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, sinkPort), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            });
        return new HttpStepFixture(
            options =>
            {
                options.AllowPrivateNetworks = false;
                options.AllowedHosts.Clear();
                options.AllowedHosts.Add("*.example.com");
            },
            transport: transport);
    }
}
