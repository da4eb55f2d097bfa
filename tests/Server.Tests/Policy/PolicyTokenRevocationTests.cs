using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Auth;

namespace JobForge.Server.Tests.Policy;

public sealed class PolicyTokenRevocationTests(PolicyServerFixture fixture) : IClassFixture<PolicyServerFixture>
{
    private static readonly object Issue = new { tenant_id = "acme", actor_id = "alice", action = "autopilot.ops.apply", scopes = new[] { "ops:*" } };

    private static object Check(string token) => new { token, action = "autopilot.ops.apply", tenant_id = "acme", actor_id = "alice" };

    [Fact]
    public async Task Revoke_MakesTheTokenRevokedAtOnce_AndRepeatingKeepsTheFirstTime()
    {
        var issued = await fixture.Server.IssueAsync(fixture.AcmeKey, Issue);
        var token = issued.GetProperty("token").GetString()!;
        var jti = issued.GetProperty("jti").GetString()!;
        Assert.True((await fixture.Server.ValidateAsync(fixture.AcmeKey, Check(token))).GetProperty("allowed").GetBoolean());

        using var first = await fixture.Server.PostAsync(fixture.AcmeKey, "/api/v1/policy-tokens/" + jti + "/revoke", null);
        using var second = await fixture.Server.PostAsync(fixture.AcmeKey, "/api/v1/policy-tokens/" + jti + "/revoke", null);
        var result = await fixture.Server.ValidateAsync(fixture.AcmeKey, Check(token));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var revokedAt = (await PolicyTestServer.JsonAsync(first)).GetProperty("revoked_at").GetDateTimeOffset();
        Assert.Equal(revokedAt, (await PolicyTestServer.JsonAsync(second)).GetProperty("revoked_at").GetDateTimeOffset());
        Assert.Equal("revoked", result.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Revoke_AnotherTenantsToken_IsNotFound()
    {
        var globexKey = await fixture.Server.CreateKeyAsync("globex", "policy:issue");
        var jti = (await fixture.Server.IssueAsync(fixture.AcmeKey, Issue)).GetProperty("jti").GetString()!;

        using var response = await fixture.Server.PostAsync(globexKey, "/api/v1/policy-tokens/" + jti + "/revoke", null);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.NotFound, "not_found");
        var token = (await fixture.Server.IssueAsync(fixture.AcmeKey, Issue)).GetProperty("token").GetString()!;
        Assert.True((await fixture.Server.ValidateAsync(fixture.AcmeKey, Check(token))).GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Revoke_ATokenMintedElsewhere_WithTheTokenInTheBody_RevokesIt()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var jti = Guid.NewGuid().ToString("D");
        var claims = "{\"jti\":\"" + jti + "\",\"ver\":\"1\",\"iat\":" + now + ",\"exp\":" + (now + 600) +
            ",\"tid\":\"acme\",\"act\":\"bob\",\"scp\":[\"ops:apply\"],\"aud\":\"autopilot.ops.apply\"}";
        var token = JobForge.Server.Tests.Policy.ExternalTokens.Mint(claims, PolicyTestServer.SecondSecret);
        var check = new { token, action = "autopilot.ops.apply", tenant_id = "acme", actor_id = "bob" };
        Assert.True((await fixture.Server.ValidateAsync(fixture.AcmeKey, check)).GetProperty("allowed").GetBoolean());

        using var response = await fixture.Server.PostAsync(fixture.AcmeKey, "/api/v1/policy-tokens/" + jti + "/revoke",
            JsonSerializer.Serialize(new { token }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("revoked", (await fixture.Server.ValidateAsync(fixture.AcmeKey, check)).GetProperty("reason").GetString());
    }
}
