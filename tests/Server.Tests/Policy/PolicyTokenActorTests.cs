namespace JobForge.Server.Tests.Policy;

/// <summary>Issue 17: a token minted for one actor authorises no request that names no actor.</summary>
public sealed class PolicyTokenActorTests(PolicyServerFixture fixture) : IClassFixture<PolicyServerFixture>
{
    private static readonly object Issue = new { tenant_id = "acme", actor_id = "bob", action = "autopilot.ops.apply", scopes = new[] { "ops:*" } };

    [Fact]
    public async Task Validate_WithoutAnActor_UsesTheCallersIdentity_SoATokenForBobIsDenied()
    {
        var token = (await fixture.Server.IssueAsync(fixture.AcmeKey, Issue)).GetProperty("token").GetString()!;

        var anonymous = await fixture.Server.ValidateAsync(fixture.AcmeKey, new { token, action = "autopilot.ops.apply", tenant_id = "acme" });
        var bob = await fixture.Server.ValidateAsync(fixture.AcmeKey, new { token, action = "autopilot.ops.apply", tenant_id = "acme", actor_id = "bob" });

        Assert.False(anonymous.GetProperty("allowed").GetBoolean());
        Assert.Equal("actor_mismatch", anonymous.GetProperty("reason").GetString());
        Assert.True(bob.GetProperty("allowed").GetBoolean());
    }
}
