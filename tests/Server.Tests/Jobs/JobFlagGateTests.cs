using System.Net;

namespace JobForge.Server.Tests.Jobs;

/// <summary>A server with autopilot jobs switched off.</summary>
public sealed class AutopilotOffServer() : JobsTestServer(new Dictionary<string, string?> { ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "0" });

/// <summary>A server with action jobs switched off.</summary>
public sealed class ActionJobsOffServer() : JobsTestServer(new Dictionary<string, string?> { ["JOBFORGE_ACTION_JOBS_ENABLED"] = "0" });

/// <summary>A server that does not require policy tokens.</summary>
public sealed class PolicyTokensOptionalServer() : JobsTestServer(new Dictionary<string, string?> { ["JOBFORGE_REQUIRE_POLICY_TOKENS"] = "0" });

public sealed class AutopilotFlagGateTests(AutopilotOffServer server) : IClassFixture<AutopilotOffServer>
{
    [Fact]
    public async Task Post_AutopilotTemplateWhileAutopilotJobsAreOff_Is403FeatureDisabledNamingTheFlag()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:read");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("feature_disabled", error.GetProperty("type").GetString());
        Assert.Equal("JOBFORGE_AUTOPILOT_JOBS_ENABLED", error.GetProperty("details").GetProperty("flag").GetString());
        await server.AuditedAsync(tenant, "job_request", "deny", "feature_disabled");
    }
}

public sealed class ActionFlagGateTests(ActionJobsOffServer server) : IClassFixture<ActionJobsOffServer>
{
    [Fact]
    public async Task Post_ActionJobWhileActionJobsAreOff_Is403FeatureDisabledNamingTheFlag()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.apply");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:write");

        using var response = await server.PostJobAsync(key, $$$"""{"tenant_id":"{{{tenant}}}","template_key":"autopilot.ops.apply","inputs":{"changeset_id":"c"}}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("feature_disabled", error.GetProperty("type").GetString());
        Assert.Equal("JOBFORGE_ACTION_JOBS_ENABLED", error.GetProperty("details").GetProperty("flag").GetString());
    }

    [Fact]
    public async Task Post_NonActionJobWhileActionJobsAreOff_Is202()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:read");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}

public sealed class OptionalPolicyTokenTests(PolicyTokensOptionalServer server) : IClassFixture<PolicyTokensOptionalServer>
{
    [Fact]
    public async Task Post_ActionJobWithoutTokenWhileTokensAreNotRequired_Is202()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.apply");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:write");

        using var response = await server.PostJobAsync(key, $$$"""{"tenant_id":"{{{tenant}}}","template_key":"autopilot.ops.apply","inputs":{"changeset_id":"c"}}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
