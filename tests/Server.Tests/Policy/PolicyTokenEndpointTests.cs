using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Auth;

namespace JobForge.Server.Tests.Policy;

public sealed partial class PolicyTokenEndpointTests(PolicyServerFixture fixture) : IClassFixture<PolicyServerFixture>
{
    private PolicyTestServer Server => fixture.Server;

    private static object IssueBody(string tenant = "acme", int? hours = null) => new
    {
        tenant_id = tenant,
        project_id = "web",
        actor_id = "alice",
        action = "autopilot.ops.apply",
        scopes = new[] { "ops:*" },
        expires_in_hours = hours,
        resource = "cluster/eu-1",
        context = new { ticket = "OPS-42" },
    };

    private static object ValidateBody(string token, string tenant = "acme", string action = "autopilot.ops.apply") => new
    {
        token,
        action,
        tenant_id = tenant,
        actor_id = "alice",
        project_id = "web",
        scopes = new[] { "ops:apply" },
    };

    [Fact]
    public async Task Issue_ThenValidate_IsAllowedWithTheClaims_AndBothAreAudited()
    {
        var issued = await Server.IssueAsync(fixture.AcmeKey, IssueBody(hours: 2));
        var token = issued.GetProperty("token").GetString()!;
        var jti = issued.GetProperty("jti").GetString()!;

        var result = await Server.ValidateAsync(fixture.AcmeKey, ValidateBody(token));

        var claims = issued.GetProperty("claims");
        Assert.Equal(jti, claims.GetProperty("jti").GetString());
        Assert.Equal(7200, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.Equal("OPS-42", claims.GetProperty("ctx").GetProperty("ticket").GetString());
        Assert.True(issued.GetProperty("expires_at").TryGetDateTimeOffset(out _));
        Assert.True(result.GetProperty("allowed").GetBoolean());
        Assert.False(result.TryGetProperty("reason", out _));
        Assert.Equal("acme", result.GetProperty("claims").GetProperty("tid").GetString());
        await AssertAuditedAsync("policy_token_issued", "issued", jti, token);
        await AssertAuditedAsync("policy_check_allow", "allowed", jti, token);
    }

    [Fact]
    public async Task Issue_WithoutExpiry_UsesTheConfiguredDefaultOfOneHour()
    {
        var issued = await Server.IssueAsync(fixture.OperatorKey, IssueBody(tenant: "globex"));

        var claims = issued.GetProperty("claims");
        Assert.Equal(3600, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task Validate_TamperedToken_IsDeniedInvalidSignatureWithoutClaims_AndAuditedWithTheReason()
    {
        var token = (await Server.IssueAsync(fixture.AcmeKey, IssueBody())).GetProperty("token").GetString()!;
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];

        var result = await Server.ValidateAsync(fixture.AcmeKey, ValidateBody(tampered));

        Assert.False(result.GetProperty("allowed").GetBoolean());
        Assert.Equal("invalid_signature", result.GetProperty("reason").GetString());
        Assert.False(result.TryGetProperty("claims", out _));
        await AssertAuditedAsync("policy_check_deny", "invalid_signature", jti: null, tampered);
    }

    [Fact]
    public async Task Validate_WrongActionOrTenant_IsDeniedWithTheReason()
    {
        var token = (await Server.IssueAsync(fixture.OperatorKey, IssueBody())).GetProperty("token").GetString()!;

        var action = await Server.ValidateAsync(fixture.OperatorKey, ValidateBody(token, action: "autopilot.ops.delete"));
        var tenant = await Server.ValidateAsync(fixture.OperatorKey, ValidateBody(token, tenant: "globex"));

        Assert.Equal("action_mismatch", action.GetProperty("reason").GetString());
        Assert.Contains("autopilot.ops.delete", action.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("tenant_mismatch", tenant.GetProperty("reason").GetString());
        Assert.Equal("acme", tenant.GetProperty("claims").GetProperty("tid").GetString());
    }

    [Fact]
    public async Task Issue_ForAnotherTenant_WithATenantKey_IsForbidden()
    {
        using var response = await Server.PostAsync(fixture.AcmeKey, "/api/v1/policy-tokens", JsonSerializer.Serialize(IssueBody(tenant: "globex")));

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Validate_ForAnotherTenant_WithATenantKey_IsForbidden()
    {
        using var response = await Server.PostAsync(fixture.AcmeKey, "/api/v1/policy-tokens/validate",
            JsonSerializer.Serialize(ValidateBody("x.y", tenant: "globex")));

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("/api/v1/policy-tokens")]
    [InlineData("/api/v1/policy-tokens/validate")]
    [InlineData("/api/v1/policy-tokens/0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11/revoke")]
    public async Task Routes_WithoutTheirScope_AreForbidden_AndWithoutAKeyUnauthorized(string path)
    {
        using var noScope = await Server.PostAsync(fixture.AcmeEventsKey, path, "{}");
        using var noKey = await Server.PostAsync(null, path, "{}");

        await ErrorEnvelopeAssert.IsAsync(noScope, HttpStatusCode.Forbidden, "forbidden");
        await ErrorEnvelopeAssert.IsAsync(noKey, HttpStatusCode.Unauthorized, "unauthorized");
    }

    private async Task AssertAuditedAsync(string action, string reason, string? jti, string token)
    {
        await JobForge.TestKit.Eventually.TrueAsync(
            () => Task.FromResult(Server.Audit.Records.Any(r => r.Action == action && r.Reason == reason
                && (jti is null || (r.Details is { } d && d.TryGetValue("jti", out var j) && j == jti)))),
            TimeSpan.FromSeconds(5), action + " audited");
        Assert.DoesNotContain(Server.Audit.Records, r => r.Details is { } d && d.Values.Any(v => v.Contains(token, StringComparison.Ordinal)));
    }
}
