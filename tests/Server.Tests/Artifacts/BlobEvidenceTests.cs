using System.Net;
using JobForge.Domain.Artifacts;
using JobForge.Storage.Artifacts;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Artifacts;

/// <summary>The recorder and the endpoints end to end on the configured Blob store (Azurite).</summary>
public sealed class BlobEvidenceTests(EvidenceBlobServer server) : IClassFixture<EvidenceBlobServer>
{
    [Fact]
    public async Task RecordedRun_OnBlobStorage_IsListedReadAndReplayed()
    {
        Assert.IsType<BlobArtifactStore>(server.Server.App.Services.GetRequiredService<IArtifactStore>());
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var list = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts", tenant);
        using var manifest = await server.GetAsync($"/api/v1/runs/{run.RunId}/manifest?format=markdown", tenant);
        using var replay = await server.SendAsync(HttpMethod.Post, $"/api/v1/runs/{run.RunId}/replay", tenant, """{"dry_run":true}""");
        using var other = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts/inputs.json", EvidenceTestServer.NewTenant());

        Assert.Equal(6, (await EvidenceTestServer.JsonAsync(list)).GetProperty("artifacts").GetArrayLength());
        Assert.Contains("**Status:** complete", await manifest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await EvidenceTestServer.JsonAsync(replay)).GetProperty("identical").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
