using System.Net;

namespace JobForge.Server.Tests.Triggers;

public sealed class TriggerActionJobTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    private const string Apply = "autopilot.ops.apply";

    private static string Body(string tenant, bool allow) =>
        $$$"""{"tenant_id":"{{{tenant}}}","actor_id":"alice","trigger_type":"cron","name":"apply","target_template_key":"{{{Apply}}}","target_inputs":{"changeset_id":"c1"},"cron_expression":"* * * * * *","enabled":true,"safety":{"cooldown_seconds":0,"allow_action_jobs":{{{(allow ? "true" : "false")}}}}}""";

    private static Dictionary<string, string> Token(string token) => new() { ["X-JobForge-Policy-Token"] = token };

    [Fact]
    public async Task Create_ActionTargetWithoutAllowActionJobs_Is400()
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, allow: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_ActionTargetWithoutToken_Is403PolicyDenied()
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, allow: true));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("policy_denied", await TriggersTestServer.ErrorTypeAsync(response));
        Assert.Contains(server.Audit.Records, r => r.TenantId == tenant && r.Action == "policy_check_deny" && r.Reason == "token_missing");
    }

    [Fact]
    public async Task Create_ActionTargetWithATokenForAnotherAction_Is403PolicyDenied()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var token = await server.IssueTokenAsync(tenant, "autopilot.ops.scan", "alice", ["ops:write"]);

        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, allow: true), Token(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("policy_denied", await TriggersTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Create_ActionTargetWithAValidToken_FiresWithoutATokenAndAuditsEveryFire()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var token = await server.IssueTokenAsync(tenant, Apply, "alice", ["ops:write"]);
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, allow: true), Token(token));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await server.TickAsync();

        server.Clock.Advance(TimeSpan.FromSeconds(2));
        await server.TickAsync();

        Assert.Equal(2, (await server.LedgerAsync(tenant)).RunCount);
        Assert.Equal(2, server.Audit.Records.Count(r => r.TenantId == tenant && r.Action == "trigger_fire" && r.Reason == "action_job_fired"));
    }
}
