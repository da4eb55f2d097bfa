using System.Net;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;

namespace JobForge.Server.Tests.Templates;

public sealed class TemplateEndpointInputTests(TemplatesTestServer fixture) : IClassFixture<TemplatesTestServer>
{
    private EventsTestServer Server => fixture.Server;

    [Theory]
    [InlineData("/api/v1/templates")]
    [InlineData("/api/v1/templates/autopilot.ops.scan")]
    public async Task Read_WithoutAKey_Is401_AndWithoutAScope_Is403(string path)
    {
        var writer = await Server.CreateKeyAsync("acme", "events:write");

        using var anonymous = await Server.GetAsync(null, path);
        using var unscoped = await Server.GetAsync(writer, path);

        await ErrorEnvelopeAssert.IsAsync(anonymous, HttpStatusCode.Unauthorized, "unauthorized");
        await ErrorEnvelopeAssert.IsAsync(unscoped, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Enable_WithReadScopeOnly_IsForbidden()
    {
        var reader = await Server.CreateKeyAsync("acme", "jobs:read");

        using var response = await TemplatesTestServer.PostAsync(Server, reader, "/api/v1/templates/autopilot.growth.seo_scan/enable");

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("GET", "/api/v1/templates?tenant_id=globex")]
    [InlineData("GET", "/api/v1/templates/autopilot.ops.scan?tenant_id=globex")]
    [InlineData("POST", "/api/v1/templates/autopilot.growth.seo_scan/enable?tenant_id=globex")]
    [InlineData("POST", "/api/v1/templates/autopilot.growth.seo_scan/disable?tenant_id=globex")]
    public async Task CrossTenant_IsForbidden(string method, string path)
    {
        var key = await Server.CreateKeyAsync("acme", "templates:admin");

        using var response = await Server.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), key, null);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task AllTenantKey_MaySwitchAnyTenant_ButMustNameIt()
    {
        var operatorKey = await Server.CreateKeyAsync("*", "templates:admin");

        using var unnamed = await TemplatesTestServer.PostAsync(Server, operatorKey, "/api/v1/templates/autopilot.growth.seo_scan/enable");
        using var named = await TemplatesTestServer.PostAsync(Server, operatorKey, "/api/v1/templates/autopilot.growth.seo_scan/enable?tenant_id=initech");

        var error = await ErrorEnvelopeAssert.IsAsync(unnamed, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("tenant_id", error.GetProperty("details")[0].GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/templates?tenant_id=bad%2Ftenant", "tenant_id")]
    [InlineData("/api/v1/templates?tenant_id=", "tenant_id")]
    [InlineData("/api/v1/templates?limit=5", "limit")]
    [InlineData("/api/v1/templates/autopilot.ops.scan?version=latest", "version")]
    [InlineData("/api/v1/templates/autopilot.ops.scan?version=%00%FF", "version")]
    public async Task BadParameters_Are400_NamingTheParameter(string path, string parameter)
    {
        var key = await Server.CreateKeyAsync("acme", "jobs:read");

        using var response = await Server.GetAsync(key, path);

        var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(error.GetProperty("details").EnumerateArray(), d => d.GetProperty("path").GetString() == parameter);
    }

    [Theory]
    [InlineData("/api/v1/templates/autopilot.nope.none/enable")]
    [InlineData("/api/v1/templates/%E2%98%83%E2%98%83/enable")]
    public async Task Switch_UnknownOrHostileKey_IsNotFound(string path)
    {
        var key = await Server.CreateKeyAsync("acme", "templates:admin");

        using var response = await TemplatesTestServer.PostAsync(Server, key, path);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Get_HugeKey_IsNotFound_WithACutMessage()
    {
        var key = await Server.CreateKeyAsync("acme", "jobs:read");

        using var response = await Server.GetAsync(key, "/api/v1/templates/" + new string('a', 4000));

        var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.NotFound, "not_found");
        Assert.True(error.GetProperty("message").GetString()!.Length < 300);
    }

    [Fact]
    public async Task Enable_WithAnUnexpectedBody_IsStillHandled()
    {
        var key = await Server.CreateKeyAsync("acme", "templates:admin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/templates/autopilot.growth.seo_scan/enable")
        {
            Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await Server.SendAsync(request, key, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
