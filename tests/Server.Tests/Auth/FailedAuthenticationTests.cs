using System.Net;
using JobForge.Domain.Auth;
using JobForge.Application.Auth;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Auth;

/// <summary>Issue 17: failed authentication is throttled per client and audited in aggregate; unknown key ids are cached.</summary>
public sealed class FailedAuthenticationTests
{
    private static readonly string UnknownKey = ApiKeyToken.Format("0123456789abcdef", new string('A', ApiKeyToken.SecretLength));

    private static Dictionary<string, string?> Limit(int failures) => new()
    {
        ["JobForge:Auth:MaxFailedAttempts"] = failures.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["JobForge:Auth:FailedAttemptWindow"] = "00:01:00",
    };

    [Fact]
    public async Task Request_AfterTooManyFailures_Is429WithRetryAfter_EvenWithTheRightKey_UntilTheWindowEnds()
    {
        await using var server = await AuthTestServer.StartAsync(Limit(3));
        var (_, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");

        for (var i = 0; i < 3; i++)
        {
            using var failed = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", UnknownKey);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var blocked = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        await ErrorEnvelopeAssert.IsAsync(blocked, HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = blocked.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        server.Time.Advance(TimeSpan.FromMinutes(1));
        using var allowed = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Request_WithoutAnyKey_DoesNotCountAsAFailedGuess()
    {
        await using var server = await AuthTestServer.StartAsync(Limit(2));
        var (_, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");

        for (var i = 0; i < 5; i++)
        {
            (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey: null)).Dispose();
        }

        using var response = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RepeatedFailures_AreAuditedOnce_PlusOneThrottledRecord()
    {
        await using var server = await AuthTestServer.StartAsync(Limit(5));

        for (var i = 0; i < 8; i++)
        {
            (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", UnknownKey)).Dispose();
        }

        await Eventually.TrueAsync(
            () => Task.FromResult(server.Audit.Records.Any(r => r.Action == ApiKeyAuthenticationMiddleware.ThrottledAuditAction)),
            TimeSpan.FromSeconds(10), "the throttled record");
        Assert.Single(server.Audit.Records, r => r.Action == "authentication_failed");
        var throttled = Assert.Single(server.Audit.Records, r => r.Action == ApiKeyAuthenticationMiddleware.ThrottledAuditAction);
        Assert.Equal("5", throttled.Details!["failures"]);
    }

    [Fact]
    public async Task UnknownKeyId_IsRememberedBriefly_SoProbingItDoesNotReadStorageEachTime()
    {
        await using var server = await AuthTestServer.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", UnknownKey)).Dispose();
        }

        Assert.Equal(1, server.Store.GetCount);
        server.Time.Advance(TimeSpan.FromSeconds(6));
        (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", UnknownKey)).Dispose();
        Assert.Equal(2, server.Store.GetCount);
    }
}
