using JobForge.Domain.Steps;
using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobForge.Server.Tests.Steps;

public sealed class HttpStepEgressTests
{
    [Fact]
    public async Task Run_RedirectToAHostOutsideTheAllowList_IsRefused()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "http://evil.example.net/steal";
            return Task.CompletedTask;
        };
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url = sink.Url("/start").ToString() });

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.EgressDenied, failure.Type);
        Assert.False(failure.Retryable);
        Assert.Equal("host_not_allowed", failure.Details!.Value.GetProperty("reason").GetString());
        Assert.Equal(1, failure.Details.Value.GetProperty("hop").GetInt32());
        Assert.Single(sink.Requests);
    }

    [Fact]
    public async Task Run_RedirectWithinTheAllowList_IsFollowedAsGetWithoutTheStepsHeadersOnOtherOrigins()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            if (context.Request.Path == "/start")
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "/done";
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync("{\"done\":true}");
        };
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url = sink.Url("/start").ToString(), body = new { a = 1 } });

        Assert.True(outcome.Result.Outputs!.Value.GetProperty("body").GetProperty("done").GetBoolean());
        var requests = sink.Requests.ToArray();
        Assert.Equal(["POST", "GET"], requests.Select(r => r.Method));
        Assert.Equal("run-1:step-1:1", requests[1].Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task Run_TooManyRedirects_FailsNonRetryable()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = "/again";
            return Task.CompletedTask;
        };
        using var fixture = new HttpStepFixture(options => options.MaxRedirects = 2);

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        Assert.Equal(StepFailureTypes.HttpError, outcome.Result.Failure!.Type);
        Assert.False(outcome.Result.Failure.Retryable);
        Assert.Equal(3, sink.Requests.Count);
    }

    [Fact]
    public async Task Run_LoopbackWithoutAllowPrivateNetworks_IsRefusedBeforeConnecting()
    {
        await using var sink = await HttpSink.StartAsync();
        using var fixture = new HttpStepFixture(options => options.AllowPrivateNetworks = false);

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        Assert.Equal(StepFailureTypes.EgressDenied, outcome.Result.Failure!.Type);
        Assert.Equal("loopback", outcome.Result.Failure.Details!.Value.GetProperty("reason").GetString());
        Assert.Empty(sink.Requests);
    }

    [Fact]
    public async Task Run_LocalhostNameWithoutAllowPrivateNetworks_IsRefusedAfterResolution()
    {
        await using var sink = await HttpSink.StartAsync();
        using var fixture = new HttpStepFixture(options =>
        {
            options.AllowPrivateNetworks = false;
            options.AllowedHosts.Add("localhost");
        });

        var outcome = await fixture.RunAsync(new { url = "http://localhost:" + sink.Address.Port + "/" });

        Assert.Equal("loopback", outcome.Result.Failure!.Details!.Value.GetProperty("reason").GetString());
        Assert.Empty(sink.Requests);
    }

    [Theory]
    [InlineData("http://example.org/")]
    [InlineData("https://api.example.com.evil.net/")]
    [InlineData("http://example.com/")]
    public async Task Run_HostNotInTheAllowList_IsRefused(string url)
    {
        using var fixture = new HttpStepFixture(options => options.AllowedHosts.Add("*.example.com"));

        var outcome = await fixture.RunAsync(new { url });

        Assert.Equal(StepFailureTypes.EgressDenied, outcome.Result.Failure!.Type);
        Assert.Equal("host_not_allowed", outcome.Result.Failure.Details!.Value.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("http://2130706433/", "loopback")]
    [InlineData("http://0x7f.0.0.1/", "loopback")]
    [InlineData("http://127.1/", "loopback")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://0.0.0.0/", "unspecified")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link_local")]
    [InlineData("http://[fe80::1]/", "link_local")]
    [InlineData("http://10.0.0.5/", "private")]
    [InlineData("http://[::ffff:10.0.0.5]/", "private")]
    [InlineData("http://[fd00::1]/", "private")]
    [InlineData("http://100.64.0.1/", "private")]
    public async Task Run_IpLiteralOfANonPublicAddress_IsRefusedEvenWhenListed(string url, string reason)
    {
        using var fixture = new HttpStepFixture(options =>
        {
            options.AllowPrivateNetworks = false;
            foreach (var host in new[] { "127.0.0.1", "::ffff:127.0.0.1", "::1", "0.0.0.0", "169.254.169.254", "fe80::1", "10.0.0.5", "::ffff:10.0.0.5", "fd00::1", "100.64.0.1" })
            {
                options.AllowedHosts.Add(host);
            }
        });

        var outcome = await fixture.RunAsync(new { url });

        Assert.Equal(StepFailureTypes.EgressDenied, outcome.Result.Failure!.Type);
        Assert.Equal(reason, outcome.Result.Failure.Details!.Value.GetProperty("reason").GetString());
    }
}
