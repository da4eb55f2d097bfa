using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Artifacts;

namespace JobForge.Server.Tests.Artifacts;

public sealed class ReplayEndpointTests(EvidenceTestServer server) : IClassFixture<EvidenceTestServer>
{
    private async Task<(string Tenant, string RunId, string Bundle)> RecordAsync()
    {
        var tenant = EvidenceTestServer.NewTenant();
        var run = await server.RecordRunAsync(tenant);
        using var response = await server.GetAsync($"/api/v1/runs/{run.RunId}/replay", tenant);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (tenant, run.RunId, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostRunReplay_DryRun_IsIdentical()
    {
        var (tenant, runId, _) = await RecordAsync();

        using var response = await server.SendAsync(HttpMethod.Post, $"/api/v1/runs/{runId}/replay", tenant, """{"dry_run":true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await EvidenceTestServer.JsonAsync(response);
        Assert.True(body.GetProperty("identical").GetBoolean());
        Assert.Equal(0, body.GetProperty("differences").GetArrayLength());
        Assert.Equal("succeeded", body.GetProperty("replayed_status").GetString());
    }

    [Theory]
    [InlineData("""{"dry_run":false}""")]
    [InlineData("""{}""")]
    [InlineData("""{"dry_run":"true"}""")]
    [InlineData("""{"dry_run":true,"extra":1}""")]
    [InlineData("[]")]
    public async Task PostRunReplay_NotADryRun_Is400(string body)
    {
        using var response = await server.SendAsync(HttpMethod.Post, $"/api/v1/runs/{EvidenceTestServer.NewRunId()}/replay", "t", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await EvidenceTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task PostRunReplay_WrongContentType_Is415()
    {
        using var response = await server.SendAsync(HttpMethod.Post, $"/api/v1/runs/{EvidenceTestServer.NewRunId()}/replay", "t", "dry_run=true", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task PostRunReplay_AnotherTenantsRun_Is404()
    {
        var (_, runId, _) = await RecordAsync();

        using var response = await server.SendAsync(HttpMethod.Post, $"/api/v1/runs/{runId}/replay", EvidenceTestServer.NewTenant(), """{"dry_run":true}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostRunReplay_ReadScopeOnly_Is403()
    {
        using var response = await server.SendAsync(HttpMethod.Post, $"/api/v1/runs/{EvidenceTestServer.NewRunId()}/replay", "t", """{"dry_run":true}""", scopes: "jobs:read");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostReplays_VerifiedBundle_IsDryRunAndComparedWithNestedPaths()
    {
        var (tenant, _, bundle) = await RecordAsync();
        server.Replays.Change = echo => echo with
        {
            Steps = [echo.Steps[0] with { Outputs = JsonDocument.Parse("""{"items":[{"name":"changed"}]}""").RootElement.Clone() }],
        };
        try
        {
            using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", tenant, bundle);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await EvidenceTestServer.JsonAsync(response);
            Assert.False(body.GetProperty("identical").GetBoolean());
            var difference = body.GetProperty("differences")[0];
            Assert.Equal(("fetch", "$.outputs.items[0].name"), (difference.GetProperty("step_id").GetString(), difference.GetProperty("path").GetString()));
            Assert.Equal(("a", "changed"), (difference.GetProperty("recorded").GetString(), difference.GetProperty("replayed").GetString()));
        }
        finally
        {
            server.Replays.Change = null;
        }
    }

    [Theory]
    [InlineData("inputs", "canonical_json", """{"a":1,"b":3}""", "$.inputs.sha256")]
    [InlineData("template", "json", """{"key":"evil"}""", "$.template.sha256")]
    public async Task PostReplays_TamperedBundle_Is400WithTheVerifiersProblems(string part, string field, string value, string path)
    {
        var (tenant, _, bundle) = await RecordAsync();
        var node = JsonNode.Parse(bundle)!;
        node[part]![field] = value;

        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", tenant, node.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await EvidenceTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("validation_failed", error.GetProperty("type").GetString());
        Assert.Contains(error.GetProperty("details").EnumerateArray(), p => p.GetProperty("path").GetString() == path && p.GetProperty("code").GetString() == ReplayBundleVerifier.HashMismatch);
    }

    [Theory]
    [InlineData("""{"bundle_version":"1.0"}""")]
    [InlineData("""{"steps":"nope"}""")]
    [InlineData("42")]
    public async Task PostReplays_NotABundle_Is400(string body)
    {
        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", "t", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostReplays_AnotherTenantsBundle_Is403()
    {
        var (_, _, bundle) = await RecordAsync();

        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", EvidenceTestServer.NewTenant(), bundle);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostReplays_Oversized_Is413()
    {
        var body = "{\"pad\":\"" + new string('x', (int)Application.Artifacts.ArtifactEndpoints.MaxBundleBytes) + "\"}";

        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", "t", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostReplays_WrongContentType_Is415()
    {
        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", "t", "<bundle/>", contentType: "application/xml");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task PostReplays_ExecutorUnavailable_Is503DependencyUnavailable()
    {
        var (tenant, _, bundle) = await RecordAsync();
        server.Replays.Unavailable = true;
        try
        {
            using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/replays", tenant, bundle);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("dependency_unavailable", await EvidenceTestServer.ErrorTypeAsync(response));
        }
        finally
        {
            server.Replays.Unavailable = false;
        }
    }
}
