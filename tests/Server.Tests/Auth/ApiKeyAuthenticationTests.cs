using System.Net;
using JobForge.Domain.Auth;
using JobForge.Application.Auth;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Auth;

public sealed class ApiKeyAuthenticationTests
{
    private static readonly string UnknownWellFormedKey = ApiKeyToken.Format("0123456789abcdef", new string('A', ApiKeyToken.SecretLength));

    [Theory]
    [InlineData("/api/v1/api-keys")]
    [InlineData("/api/v1/flags")]
    [InlineData("/api/v1/probe/t1/events")]
    public async Task Request_WithoutKey_Is401WithBearerChallengeAndEnvelope(string path)
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, path, apiKey: null);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Request_WithMalformedKeys_Is401WithoutAnyStorageCall()
    {
        await using var server = await AuthTestServer.StartAsync();
        string[] headers =
        [
            "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer jf_", "Bearer jf_short_secret", "Bearer " + UnknownWellFormedKey[..^1],
            "Bearer " + UnknownWellFormedKey + "A", "Bearer " + UnknownWellFormedKey.Replace('A', '!'),
            "Bearer " + UnknownWellFormedKey.ToUpperInvariant(), "Bearer " + new string('x', 5000), "Bearer a b",
            "Bearer " + AuthTestServer.BootstrapKey[..^1], "bearer" + AuthTestServer.BootstrapKey,
        ];

        foreach (var header in headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/probe/jobs");
            request.Headers.TryAddWithoutValidation("Authorization", header);
            using var response = await server.Client.SendAsync(request);
            await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        }

        using var twice = new HttpRequestMessage(HttpMethod.Get, "/api/v1/probe/jobs");
        twice.Headers.TryAddWithoutValidation("Authorization", ["Bearer " + AuthTestServer.BootstrapKey, "Bearer " + AuthTestServer.BootstrapKey]);
        using var twiceResponse = await server.Client.SendAsync(twice);
        await ErrorEnvelopeAssert.IsAsync(twiceResponse, HttpStatusCode.Unauthorized, "unauthorized");

        Assert.Equal(0, server.Store.GetCount);
    }

    [Fact]
    public async Task Request_WithUnknownKeyOrWrongSecret_Is401()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (keyId, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");
        var wrongSecret = ApiKeyToken.Format(keyId, new string('B', ApiKeyToken.SecretLength));

        using var unknown = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", UnknownWellFormedKey);
        using var wrong = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", wrongSecret);
        using var right = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);

        await ErrorEnvelopeAssert.IsAsync(unknown, HttpStatusCode.Unauthorized, "unauthorized");
        await ErrorEnvelopeAssert.IsAsync(wrong, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Key_RevokedThroughThisServer_StopsWorkingAtOnce()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (keyId, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");
        using var before = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var revoke = await server.SendAsync(HttpMethod.Post, $"/api/v1/api-keys/{keyId}/revoke", AuthTestServer.BootstrapKey);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        using var after = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);

        await ErrorEnvelopeAssert.IsAsync(after, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Key_RevokedElsewhere_StopsWorkingOnceTheCacheWindowPasses()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (keyId, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");
        using var cached = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);

        await server.Store.RevokeAsync(keyId, server.Time.GetUtcNow()); // as another server would
        server.Time.Advance(TimeSpan.FromSeconds(4));
        using var withinWindow = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        server.Time.Advance(TimeSpan.FromSeconds(1));
        using var afterWindow = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);

        Assert.Equal(HttpStatusCode.OK, withinWindow.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(afterWindow, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Key_WithCacheDisabled_IsReadFromStorageOnEveryRequest()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?> { ["JobForge:Auth:KeyCacheDuration"] = "00:00:00" });
        var (keyId, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");
        using var first = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);

        await server.Store.RevokeAsync(keyId, server.Time.GetUtcNow());
        using var second = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(second, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Key_WithoutTheScopeOrForAnotherTenant_Is403()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (_, apiKey) = await server.CreateKeyAsync("t1", "events:write");

        using var ownTenant = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/t1/events", apiKey);
        using var otherTenant = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/t2/events", apiKey);
        using var missingScope = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        using var admin = await server.SendAsync(HttpMethod.Get, "/api/v1/api-keys", apiKey);

        Assert.Equal(HttpStatusCode.OK, ownTenant.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(otherTenant, HttpStatusCode.Forbidden, "forbidden");
        var error = await ErrorEnvelopeAssert.IsAsync(missingScope, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("jobs:read", error.GetProperty("details").GetProperty("required_scope").GetString());
        await ErrorEnvelopeAssert.IsAsync(admin, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Key_WithWildcardScopes_CoversWhatTheWildcardNames()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (_, eventsAll) = await server.CreateKeyAsync("t1", "events:*");
        var (_, everything) = await server.CreateKeyAsync("*", "*");

        using var eventsWrite = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/t1/events", eventsAll);
        using var eventsJobs = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", eventsAll);
        using var starEvents = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/any-tenant/events", everything);
        using var starJobs = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", everything);
        using var starAdmin = await server.SendAsync(HttpMethod.Get, "/api/v1/flags", everything);

        Assert.Equal(HttpStatusCode.OK, eventsWrite.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(eventsJobs, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, starEvents.StatusCode);
        Assert.Equal(HttpStatusCode.OK, starJobs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, starAdmin.StatusCode);
    }

    [Fact]
    public async Task Health_StaysAnonymous()
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, "/api/health", apiKey: "not a key");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FailedAuthentication_IsAuditedWithReasonAndKeyId()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (keyId, apiKey) = await server.CreateKeyAsync("t1", "jobs:read");
        await server.Store.RevokeAsync(keyId, server.Time.GetUtcNow());
        server.Time.Advance(TimeSpan.FromMinutes(1));

        (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", null)).Dispose();
        (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", "garbage")).Dispose();
        (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", UnknownWellFormedKey)).Dispose();
        (await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey)).Dispose();

        await Eventually.TrueAsync(() => Task.FromResult(server.Audit.Records.Count(r => r.Action == "authentication_failed") == 4),
            TimeSpan.FromSeconds(10), "four authentication_failed records");
        var failures = server.Audit.Records.Where(r => r.Action == "authentication_failed").ToList();
        Assert.All(failures, r => Assert.Equal(("_system", "deny"), (r.TenantId, r.Decision)));
        Assert.All(failures, r => Assert.False(string.IsNullOrEmpty(r.TraceId)));
        Assert.Equal(
            new[] { AuthenticationFailureReasons.MissingKey, AuthenticationFailureReasons.MalformedKey, AuthenticationFailureReasons.UnknownKey, AuthenticationFailureReasons.RevokedKey },
            failures.Select(r => r.Reason).ToArray());
        Assert.Equal(new string?[] { null, null, "0123456789abcdef", keyId }, failures.Select(r => r.KeyId).ToArray());
    }

    [Fact]
    public async Task FailedAuthentication_WithAuditFlagOff_IsNotAudited()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?> { ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "0" });

        using var response = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", "garbage");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(server.Audit.Records);
    }
}
