using System.Net;

namespace JobForge.Server.Tests.Jobs;

public sealed class JobRequestInputTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    public static TheoryData<string, HttpStatusCode, string> BadBodies() => new()
    {
        { "{\"tenant_id\":", HttpStatusCode.BadRequest, "invalid_json" },
        { "[1,2]", HttpStatusCode.BadRequest, "validation_failed" },
        { "null", HttpStatusCode.BadRequest, "validation_failed" },
        { "{\"tenant_id\":\"t\",\"template_key\":\"autopilot.ops.scan\",\"surprise\":1}", HttpStatusCode.BadRequest, "validation_failed" },
        { "{\"tenant_id\":\"t/../x\",\"template_key\":\"autopilot.ops.scan\"}", HttpStatusCode.BadRequest, "validation_failed" },
        { "{\"tenant_id\":\"t\",\"template_key\":\"../../etc\"}", HttpStatusCode.BadRequest, "validation_failed" },
        { "{\"tenant_id\":\"t\",\"template_key\":\"autopilot.ops.scan\",\"inputs\":\"x\"}", HttpStatusCode.BadRequest, "validation_failed" },
        { "{\"tenant_id\":\"t\",\"tenant_id\":\"t\",\"template_key\":\"autopilot.ops.scan\"}", HttpStatusCode.BadRequest, "validation_failed" },
        { "{\"tenant_id\":\"t\",\"template_key\":\"autopilot.ops.scan\",\"inputs\":{\"approval_token\":7}}", HttpStatusCode.BadRequest, "validation_failed" },
        { new string('[', 200) + new string(']', 200), HttpStatusCode.BadRequest, "invalid_json" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_IsAnEnvelope4xx(string json, HttpStatusCode expected, string type)
    {
        var key = await server.CreateKeyAsync("*", "jobs:write");

        using var response = await server.PostJobAsync(key, json);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(type, await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_Oversized_Is413()
    {
        var key = await server.CreateKeyAsync("*", "jobs:write");
        var json = JobsTestServer.Scan("t", "{\"target\":\"" + new string('x', 300 * 1024) + "\"}");

        using var response = await server.PostJobAsync(key, json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_NotJson_Is415()
    {
        var key = await server.CreateKeyAsync("*", "jobs:write");

        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/jobs", "tenant_id=t", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_HostileIdempotencyHeader_Is400()
    {
        var key = await server.CreateKeyAsync("*", "jobs:write");

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan("t"),
            new Dictionary<string, string> { ["Idempotency-Key"] = "a/b#c" + new string('x', 300) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await JobsTestServer.ErrorTypeAsync(response));
    }
}
