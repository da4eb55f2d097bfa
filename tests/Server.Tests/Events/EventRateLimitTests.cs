using System.Net;

namespace JobForge.Server.Tests.Events;

public sealed class EventRateLimitTests
{
    [Fact]
    public async Task Post_OverTheTenantLimit_Is429WithRetryAfterAndIsAudited()
    {
        await using var server = await EventsTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_RATE_LIMITING_ENABLED"] = "1",
            ["JobForge:RateLimits:DefaultPerMinute"] = "3",
        });
        var writer = await server.CreateKeyAsync("acme", "events:write");
        var other = await server.CreateKeyAsync("globex", "events:write");

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await server.PostEventAsync(writer, EventsTestServer.Event("acme"));
            Assert.Equal(HttpStatusCode.Accepted, allowed.StatusCode);
            Assert.True(allowed.Headers.Contains("RateLimit-Remaining"));
        }

        using var limited = await server.PostEventAsync(writer, EventsTestServer.Event("acme"));
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        await EventInputTests.AssertEnvelopeAsync(limited, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value.TotalSeconds, 1, 60);

        using var otherTenant = await server.PostEventAsync(other, EventsTestServer.Event("globex"));
        Assert.Equal(HttpStatusCode.Accepted, otherTenant.StatusCode);
    }
}
