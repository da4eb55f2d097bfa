using System.Net;

namespace JobForge.Server.Tests.Jobs;

public sealed class JobPolicyGateTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    private const string Apply = "autopilot.ops.apply";

    private async Task<(string Tenant, string Key)> ReadyAsync(params string[] scopes)
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, Apply);
        return (tenant, await server.CreateKeyAsync(tenant, scopes.Length == 0 ? ["jobs:write", "jobs:read", "ops:write"] : scopes));
    }

    private static string ApplyBody(string tenant, string inputs = """{"changeset_id":"cs-1"}""", string extra = "") =>
        $$"""{"tenant_id":"{{tenant}}","template_key":"autopilot.ops.apply","inputs":{{inputs}}{{extra}}}""";

    private static Dictionary<string, string> TokenHeader(string token) => new() { ["X-JobForge-Policy-Token"] = token };

    [Fact]
    public async Task Post_ActionJobWithoutToken_Is403PolicyDeniedAndAudited()
    {
        var (tenant, key) = await ReadyAsync();

        using var response = await server.PostJobAsync(key, ApplyBody(tenant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("policy_denied", error.GetProperty("type").GetString());
        Assert.Equal("token_missing", error.GetProperty("details").GetProperty("reason").GetString());
        await server.AuditedAsync(tenant, "policy_check_deny", "deny", "token_missing");
        await server.AuditedAsync(tenant, "job_request", "deny", "policy_denied");
    }

    [Fact]
    public async Task Post_ActionJobWithValidHeaderToken_Is202AndAudited()
    {
        var (tenant, key) = await ReadyAsync();
        var token = await server.IssueTokenAsync(tenant, Apply, "alice", ["ops:write"]);

        using var response = await server.PostJobAsync(key, ApplyBody(tenant, extra: ""","actor_id":"alice" """), TokenHeader(token));

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await server.AuditedAsync(tenant, "policy_check_allow", "allow", "allowed");
    }

    [Fact]
    public async Task Post_ActionJobWithTokenInInputs_Is202AndTheTokenIsNotStored()
    {
        var (tenant, key) = await ReadyAsync();
        var token = await server.IssueTokenAsync(tenant, Apply, "alice", ["ops:write"]);

        using var response = await server.PostJobAsync(key, ApplyBody(tenant, $$"""{"changeset_id":"cs-1","approval_token":"{{token}}"}""", ""","actor_id":"alice" """));

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        using var read = await server.SendAsync(HttpMethod.Get, key, response.Headers.Location!.OriginalString, null);
        var inputs = (await JobsTestServer.JsonAsync(read)).GetProperty("inputs");
        Assert.False(inputs.TryGetProperty("approval_token", out _));
        Assert.False(inputs.GetProperty("dry_run").GetBoolean());
        Assert.DoesNotContain(token, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("autopilot.ops.scan", "alice", "ops:write", "action_mismatch")]
    [InlineData(Apply, "mallory", "ops:write", "actor_mismatch")]
    [InlineData(Apply, "alice", "ops:read", "missing_scopes")]
    public async Task Post_ActionJobWithAMismatchedToken_Is403PolicyDeniedWithTheReason(string action, string actor, string scope, string reason)
    {
        var (tenant, key) = await ReadyAsync();
        var token = await server.IssueTokenAsync(tenant, action, actor, [scope]);

        using var response = await server.PostJobAsync(key, ApplyBody(tenant, extra: ""","actor_id":"alice" """), TokenHeader(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("policy_denied", error.GetProperty("type").GetString());
        Assert.Equal(reason, error.GetProperty("details").GetProperty("reason").GetString());
        await server.AuditedAsync(tenant, "policy_check_deny", "deny", reason);
    }

    [Fact]
    public async Task Post_ActionJobWithAnotherTenantsToken_Is403TenantMismatch()
    {
        var (tenant, key) = await ReadyAsync();
        var token = await server.IssueTokenAsync(JobsTestServer.NewTenant(), Apply, "alice", ["ops:write"]);

        using var response = await server.PostJobAsync(key, ApplyBody(tenant), TokenHeader(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("tenant_mismatch", (await JobsTestServer.JsonAsync(response)).GetProperty("error").GetProperty("details").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Post_ActionJobWithAGarbageToken_Is403PolicyDenied()
    {
        var (tenant, key) = await ReadyAsync();

        using var response = await server.PostJobAsync(key, ApplyBody(tenant), TokenHeader("not.a.token"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("policy_denied", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_ActionJobWithoutTheWriteScope_IsForbiddenBeforeThePolicyCheck()
    {
        var (tenant, key) = await ReadyAsync("jobs:write", "ops:read");

        using var response = await server.PostJobAsync(key, ApplyBody(tenant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_ActionJobWithATokenForAnotherProject_Is403ProjectMismatch()
    {
        var (tenant, key) = await ReadyAsync();
        var token = await server.IssueTokenAsync(tenant, Apply, "alice", ["ops:write"], project: "p1");

        using var response = await server.PostJobAsync(key, ApplyBody(tenant, extra: ""","project_id":"p2","actor_id":"alice" """), TokenHeader(token));
        using var matching = await server.PostJobAsync(key, ApplyBody(tenant, extra: ""","project_id":"p1","actor_id":"alice" """), TokenHeader(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("project_mismatch", (await JobsTestServer.JsonAsync(response)).GetProperty("error").GetProperty("details").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Accepted, matching.StatusCode);
    }

    [Fact]
    public async Task Post_ActionJobNamingNoActor_WithATokenForBob_Is403ActorMismatch()
    {
        var (tenant, key) = await ReadyAsync();
        var token = await server.IssueTokenAsync(tenant, Apply, "bob", ["ops:write"]);

        using var response = await server.PostJobAsync(key, ApplyBody(tenant), TokenHeader(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("actor_mismatch", (await JobsTestServer.JsonAsync(response)).GetProperty("error").GetProperty("details").GetProperty("reason").GetString());
    }
}
