using System.Net;
using JobForge.Server.Tests.Events;

namespace JobForge.Server.Tests.Templates;

public sealed class VerifyPackEnableTests
{
    [Fact]
    public async Task Enable_VerifyPack_WithItsFlagOn_Succeeds()
    {
        var settings = TemplatesTestServer.Settings();
        settings["VERIFY_PACK_ENABLED"] = "1";
        await using var server = await EventsTestServer.StartAsync(settings);
        var admin = await server.CreateKeyAsync("acme", "templates:admin");

        using var response = await TemplatesTestServer.PostAsync(server, admin, "/api/v1/templates/autopilot.readylayer.verify_pack/enable");
        var body = await EventsTestServer.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("enabled").GetBoolean());
    }
}
