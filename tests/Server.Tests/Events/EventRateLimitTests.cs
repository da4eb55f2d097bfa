using JobForge.TestKit.Time;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace JobForge.Server.Tests.Events;

public sealed class EventRateLimitTests
{
    [Fact]
    public async Task Post_OverTheTenantLimit_Is429WithRetryAfterAndIsAudited()
    {
        // The window is a clock minute: on a real clock a slow machine can cross into the next one between the third
        // and the fourth request (then the fourth is rightly allowed). The clock stands still mid-minute instead.
        var now = DateTimeOffset.UtcNow;
        var clock = new ManualTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 30, TimeSpan.Zero));
        await using var server = await EventsTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_RATE_LIMITING_ENABLED"] = "1",
            ["JobForge:RateLimits:DefaultPerMinute"] = "3",
        }, services => services.AddSingleton<TimeProvider>(clock));
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
        Assert.Equal(30, retryAfter!.Value.TotalSeconds); // to the end of the clock's minute

        using var otherTenant = await server.PostEventAsync(other, EventsTestServer.Event("globex"));
        Assert.Equal(HttpStatusCode.Accepted, otherTenant.StatusCode);
    }
}
