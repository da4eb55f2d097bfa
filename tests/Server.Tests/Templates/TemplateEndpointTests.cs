using System.Net;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;

namespace JobForge.Server.Tests.Templates;

public sealed class TemplateEndpointTests(TemplatesTestServer fixture) : IClassFixture<TemplatesTestServer>
{
    private static int s_tenant;

    private EventsTestServer Server => fixture.Server;

    private static string NewTenant() => "tpl-tenant-" + Interlocked.Increment(ref s_tenant);

    [Fact]
    public async Task List_ShowsEveryBuiltIn_DisabledByDefault()
    {
        var tenant = NewTenant();
        var key = await Server.CreateKeyAsync(tenant, "jobs:read");

        using var response = await Server.GetAsync(key, "/api/v1/templates");
        var body = await EventsTestServer.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tenant, body.GetProperty("tenant_id").GetString());
        var templates = body.GetProperty("templates").EnumerateArray().ToList();
        Assert.Equal(14, templates.Count);
        Assert.All(templates, t => Assert.False(t.GetProperty("enabled").GetBoolean()));
        Assert.Contains(templates, t => t.GetProperty("template_key").GetString() == "autopilot.ops.apply" && t.GetProperty("is_action_job").GetBoolean());
    }

    [Fact]
    public async Task Get_ShowsSchemasAndSteps_AndAVersionMayBeAsked()
    {
        var key = await Server.CreateKeyAsync(NewTenant(), "templates:admin");

        using var response = await Server.GetAsync(key, "/api/v1/templates/autopilot.growth.seo_scan?version=1.0.0");
        var body = await EventsTestServer.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("input_schema").GetProperty("properties").GetProperty("depth").GetProperty("default").GetInt32());
        Assert.Equal("autopilot.module", body.GetProperty("steps")[0].GetProperty("uses").GetString());
        Assert.False(body.GetProperty("enabled").GetBoolean());
        Assert.True(body.GetProperty("built_in").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/templates/autopilot.ops.nope")]
    [InlineData("/api/v1/templates/autopilot.ops.scan?version=9.9.9")]
    [InlineData("/api/v1/templates/NOT%20A%20KEY")]
    public async Task Get_Unknown_IsNotFound(string path)
    {
        var key = await Server.CreateKeyAsync(NewTenant(), "jobs:read");

        using var response = await Server.GetAsync(key, path);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Enable_ThenDisable_IsPerTenant_AndAudited()
    {
        var (tenant, other) = (NewTenant(), NewTenant());
        var admin = await Server.CreateKeyAsync(tenant, "templates:admin", "audit:read");
        var otherReader = await Server.CreateKeyAsync(other, "jobs:read");

        using var enabled = await TemplatesTestServer.PostAsync(Server, admin, "/api/v1/templates/autopilot.growth.seo_scan/enable");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True(await EnabledAsync(admin, "autopilot.growth.seo_scan"));
        Assert.False(await EnabledAsync(otherReader, "autopilot.growth.seo_scan"));

        using var disabled = await TemplatesTestServer.PostAsync(Server, admin, "/api/v1/templates/autopilot.growth.seo_scan/disable");
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.False(await EnabledAsync(admin, "autopilot.growth.seo_scan"));

        await JobForge.TestKit.Eventually.TrueAsync(async () =>
        {
            using var audit = await Server.GetAsync(admin, "/api/v1/audit");
            var text = await audit.Content.ReadAsStringAsync();
            return text.Contains("\"template_enabled\"", StringComparison.Ordinal) && text.Contains("\"template_disabled\"", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(10), "template_enabled and template_disabled audit records");
    }

    [Theory]
    [InlineData("autopilot.ops.scan", "JobForge:Modules:ops:BaseUrl")]
    [InlineData("autopilot.finops.anomaly_scan", "JobForge:Modules:finops:SigningSecret")]
    public async Task Enable_WithoutModuleConfiguration_IsRefused_NamingTheSetting(string template, string setting)
    {
        var admin = await Server.CreateKeyAsync(NewTenant(), "templates:admin");

        using var response = await TemplatesTestServer.PostAsync(Server, admin, $"/api/v1/templates/{template}/enable");

        var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Conflict, "conflict");
        Assert.Contains(setting, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(setting, error.GetProperty("details").GetProperty("missing_setting").GetString());
        Assert.False(await EnabledAsync(admin, template));
    }

    [Fact]
    public async Task Enable_VerifyPack_WhileItsFlagIsOff_IsFeatureDisabled()
    {
        var admin = await Server.CreateKeyAsync(NewTenant(), "templates:admin");

        using var response = await TemplatesTestServer.PostAsync(Server, admin, "/api/v1/templates/autopilot.readylayer.verify_pack/enable");

        var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "feature_disabled");
        Assert.Contains("VERIFY_PACK_ENABLED", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<bool> EnabledAsync(string key, string template)
    {
        using var response = await Server.GetAsync(key, "/api/v1/templates/" + template);
        var body = await EventsTestServer.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body.GetProperty("enabled").GetBoolean();
    }
}
