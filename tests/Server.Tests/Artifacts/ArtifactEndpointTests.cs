using System.Net;
using System.Text;
using JobForge.Domain.Runs;

namespace JobForge.Server.Tests.Artifacts;

public sealed class ArtifactEndpointTests(EvidenceTestServer server) : IClassFixture<EvidenceTestServer>
{
    [Fact]
    public async Task List_RecordedRun_ListsEveryEvidenceArtifactButSkipsReservedStepFiles()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts", tenant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await EvidenceTestServer.JsonAsync(response);
        var names = body.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["inputs.json", "manifest.json", "replay.json", "report.html", "run.log.ndjson", "step-fetch.outputs.json"], names);
        var inputs = body.GetProperty("artifacts")[0];
        Assert.Equal($"{tenant}/{run.RunId}/inputs.json", inputs.GetProperty("ref").GetString());
        Assert.StartsWith("sha256:", inputs.GetProperty("checksum").GetString(), StringComparison.Ordinal);
        Assert.Equal("inputs", inputs.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Get_JsonArtifact_IsInlineWithNosniff()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts/inputs.json", tenant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"a":1,"b":2}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Get_HtmlArtifact_IsAnAttachmentWithNosniff()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts/report.html", tenant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_RunLog_IsRedactedNdjson()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts/run.log.ndjson", tenant);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("{\"msg\":\"calling\",\"password\":\"[REDACTED]\"}\n{\"message\":\"plain text line\"}\n", text);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Theory]
    [InlineData("/artifacts")]
    [InlineData("/artifacts/inputs.json")]
    [InlineData("/manifest")]
    [InlineData("/replay")]
    public async Task Get_AnotherTenantsRun_Is404NotFound(string suffix)
    {
        var owner = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(owner);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}{suffix}", EvidenceTestServer.NewTenant());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", await EvidenceTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Get_AllTenantKeyNamingTheTenant_ReadsTheRun()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts?tenant_id={tenant}", "*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/runs/not-a-run/artifacts")]
    [InlineData("/api/v1/runs/run_0192F0C1A2B37C4D8E9F0A1B2C3D4E5F/manifest")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts?limit=5")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/manifest?format=html")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/manifest?include_environment=yes")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/..%2Fx")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/.env")]
    public async Task Get_MalformedIdsNamesOrQueries_Is400ValidationFailed(string path)
    {
        using var response = await server.GetAsync(path, EvidenceTestServer.NewTenant());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await EvidenceTestServer.ErrorTypeAsync(response));
    }

    [Theory]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/../x")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/a/b")]
    [InlineData("/api/v1/runs/%2e%2e/artifacts")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/%2e%2e")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/a%00b")]
    [InlineData("/api/v1/runs/run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f/artifacts/%2E%2E%2Fmanifest.json")]
    public async Task Get_PathTraversalNames_AreRefusedNever200Or500(string path)
    {
        using var response = await server.GetAsync(path, EvidenceTestServer.NewTenant());

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
    }

    [Theory]
    [InlineData("inputs.json.")]
    [InlineData("inputs.json%2E")]
    public async Task Get_NameEndingInADot_OfAnExistingRun_Is400NotA500(string name)
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts/{name}", tenant);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await EvidenceTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Get_VeryLongArtifactName_Is400()
    {
        using var response = await server.GetAsync($"/api/v1/runs/{EvidenceTestServer.NewRunId()}/artifacts/{new string('a', 5000)}", "t");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_MissingArtifactOfOwnRun_Is404()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/artifacts/nope.txt", tenant);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutReadScope_Is403()
    {
        using var response = await server.SendAsync(HttpMethod.Get, $"/api/v1/runs/{EvidenceTestServer.NewRunId()}/artifacts", "t", scopes: "events:write");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Manifest_RecordedRun_IsCompleteJsonAndAMarkdownReport()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant, RunStatus.Failed);

        using var json = await server.GetAsync($"/api/v1/runs/{run.RunId}/manifest", tenant);
        using var markdown = await server.GetAsync($"/api/v1/runs/{run.RunId}/manifest?format=markdown&include_environment=true", tenant);

        var manifest = await EvidenceTestServer.JsonAsync(json);
        Assert.Equal(("1.0", "failed", run.RunId), (manifest.GetProperty("manifest_version").GetString(), manifest.GetProperty("status").GetString(), manifest.GetProperty("run_id").GetString()));
        Assert.Equal("http_error", manifest.GetProperty("error").GetProperty("failure").GetProperty("type").GetString());
        Assert.Equal("1.0", manifest.GetProperty("tool_versions").GetProperty("handlers").GetProperty("http").GetString());
        Assert.Equal($"{tenant}/{run.RunId}/run.log.ndjson", manifest.GetProperty("logs_ref").GetString());
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        var report = await markdown.Content.ReadAsStringAsync();
        Assert.Contains("## Environment", report, StringComparison.Ordinal);
        Assert.Contains("## Error", report, StringComparison.Ordinal);
        Assert.Contains("- **Duration:** 1.50 s", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_RecordedBundle_VerifiesAndCarriesProvenanceWithoutSecrets()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);

        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/replay", tenant);

        var bundle = Domain.Artifacts.EvidenceJson.TryRead<Domain.Artifacts.ReplayBundle>(Encoding.UTF8.GetBytes(await response.Content.ReadAsStringAsync()), out _);
        Assert.NotNull(bundle);
        Assert.Empty(Domain.Artifacts.ReplayBundleVerifier.Verify(bundle));
        Assert.Equal("0123abcd", bundle.Provenance.Commit);
        Assert.Equal("1", bundle.Provenance.Settings["REPLAY_PACK_ENABLED"]);
        Assert.DoesNotContain(bundle.Provenance.Settings.Keys, key => key.Contains("Connection", StringComparison.OrdinalIgnoreCase) || key.Contains("SECRET", StringComparison.Ordinal));
        Assert.Equal(64, bundle.Provenance.PackagesSha256.Length);
    }
}
