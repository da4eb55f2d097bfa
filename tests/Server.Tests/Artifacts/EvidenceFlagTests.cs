using System.Net;

namespace JobForge.Server.Tests.Artifacts;

public sealed class EvidenceFlagTests(EvidenceOffServer server) : IClassFixture<EvidenceOffServer>
{
    [Theory]
    [InlineData("GET", "/manifest", "JOBFORGE_MANIFESTS_ENABLED")]
    [InlineData("GET", "/replay", "REPLAY_PACK_ENABLED")]
    [InlineData("POST", "/replay", "REPLAY_PACK_ENABLED")]
    public async Task Evidence_WhileItsFlagIsOff_Is403FeatureDisabledNamingTheFlag(string method, string suffix, string flag)
    {
        using var response = await server.SendAsync(new HttpMethod(method), $"/api/v1/runs/{EvidenceTestServer.NewRunId()}{suffix}", "t",
            method == "POST" ? """{"dry_run":true}""" : null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await EvidenceTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("feature_disabled", error.GetProperty("type").GetString());
        Assert.Equal(flag, error.GetProperty("details").GetProperty("flag").GetString());
    }

    [Fact]
    public async Task PostReplays_WhileReplayIsOff_Is403()
    {
        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", "t", "{}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Recorder_WhileBothFlagsAreOff_WritesNothing()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts", tenant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await EvidenceTestServer.JsonAsync(response)).GetProperty("artifacts").GetArrayLength());
    }
}
