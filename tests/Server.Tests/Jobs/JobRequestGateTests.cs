using System.Net;

namespace JobForge.Server.Tests.Jobs;

public sealed class JobRequestGateTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    [Fact]
    public async Task Post_WithoutKey_Is401Unauthorized()
    {
        using var response = await server.PostJobAsync(null, JobsTestServer.Scan("t1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_WithoutJobsWriteScope_Is403Forbidden()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:read", "ops:read");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_ForAnotherTenant_Is403ForbiddenAndAudited()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:read");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan("someone-else"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await JobsTestServer.ErrorTypeAsync(response));
        await server.AuditedAsync(tenant, "job_request", "deny", "tenant_not_covered");
    }

    [Fact]
    public async Task Post_UnknownTemplate_Is404NotFound()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:write");

        using var response = await server.PostJobAsync(key, "{\"tenant_id\":\"" + tenant + "\",\"template_key\":\"core.nothing.here\",\"inputs\":{}}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", await JobsTestServer.ErrorTypeAsync(response));
        await server.AuditedAsync(tenant, "job_request", "deny", "template_not_found");
    }

    [Fact]
    public async Task Post_TemplateNotEnabledForTenant_Is409ConflictWithReasonTemplateDisabled()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:read");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("conflict", error.GetProperty("type").GetString());
        Assert.Equal("template_disabled", error.GetProperty("details").GetProperty("reason").GetString());
        Assert.Contains("/enable", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await server.AuditedAsync(tenant, "job_request", "deny", "template_disabled");
    }

    [Fact]
    public async Task Post_InputsAgainstTheSchema_Is400ListingEveryPathUnderInputs()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "ops:read");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, """{"scan_type":"bogus","extra":1}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("validation_failed", error.GetProperty("type").GetString());
        var paths = error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToList();
        Assert.Contains("$.inputs.target", paths);
        Assert.Contains("$.inputs.scan_type", paths);
        Assert.Contains("$.inputs.extra", paths);
        await server.AuditedAsync(tenant, "job_request", "deny", "validation_failed");
    }

    [Fact]
    public async Task Post_WithoutTheTemplatesRequiredScope_Is403NamingTheMissingScope()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("forbidden", error.GetProperty("type").GetString());
        Assert.Equal(["ops:read"], error.GetProperty("details").GetProperty("missing_scopes").EnumerateArray().Select(s => s.GetString()));
        await server.AuditedAsync(tenant, "job_request", "deny", "missing_scopes");
    }

    [Theory]
    [InlineData("ops:read")]
    [InlineData("ops:*")]
    [InlineData("*")]
    public async Task Post_WithAScopeCoveringTheTemplate_Is202(string grant)
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", grant);

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
