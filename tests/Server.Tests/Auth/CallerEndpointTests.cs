using System.Net;
using JobForge.Server.Tests.Jobs;

namespace JobForge.Server.Tests.Auth;

/// <summary><c>GET /api/v1/me</c>: any valid key reads its own id, tenant and scopes (never its secret); no key is 401.</summary>
public sealed class CallerEndpointTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    [Fact]
    public async Task Me_WithATenantKey_ShowsItsIdTenantAndScopes_AndNoSecret()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:read", "events:*");

        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/me", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JobsTestServer.JsonAsync(response);
        Assert.Equal(key.Split('_')[1], body.GetProperty("key_id").GetString());
        Assert.Equal(tenant, body.GetProperty("tenant_id").GetString());
        Assert.False(body.GetProperty("all_tenants").GetBoolean());
        Assert.Equal(["jobs:read", "events:*"], body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        var secret = key[(key.IndexOf('_', key.IndexOf('_') + 1) + 1)..]; // the part after the id, which may contain '_' itself
        Assert.DoesNotContain(secret, body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_WithAKeyWithoutScopesThatMatter_StillAnswers_AndTheBootstrapKeyCoversEveryTenant()
    {
        using var response = await server.SendAsync(HttpMethod.Get, Events.EventsTestServer.BootstrapKey, "/api/v1/me", null);

        var body = await JobsTestServer.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("bootstrap", true), (body.GetProperty("key_id").GetString(), body.GetProperty("all_tenants").GetBoolean()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("tenant_id").ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("jf_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Me_WithoutAValidKey_Is401Unauthorized(string? key)
    {
        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/me", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", await JobsTestServer.ErrorTypeAsync(response));
    }
}
