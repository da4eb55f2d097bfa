using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Runs;

/// <summary>Runs executed by the engine leave a manifest and a replay bundle that replays identically.</summary>
public sealed class RunEvidenceTests(EngineTestServer server) : IClassFixture<EngineTestServer>
{
    private static string NewKey() => "evidence." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);

    private async Task<(string Tenant, string ApiKey, string RunId)> FinishedRunAsync(string templateJson, string key)
    {
        var tenant = EngineTestServer.NewTenant();
        await server.RegisterAsync(tenant, key, templateJson);
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var runId = await server.RequestAsync(apiKey, tenant, key, """{"n":7}""");
        await server.WaitForAsync(apiKey, runId);
        return (tenant, apiKey, runId);
    }

    [Fact]
    public async Task FinishedRun_HasACompleteManifestListingItsArtifacts_AndAMarkdownReport()
    {
        var key = NewKey();
        var (_, apiKey, runId) = await FinishedRunAsync(EngineTestServer.ThreeTransforms(key), key);

        JsonElement manifest = default;
        await Eventually.TrueAsync(async () =>
        {
            using var response = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/runs/{runId}/manifest", null);
            manifest = response.IsSuccessStatusCode ? await EngineTestServer.JsonAsync(response) : default;
            return manifest.ValueKind == JsonValueKind.Object && manifest.GetProperty("status").GetString() == "complete";
        }, TimeSpan.FromSeconds(10), "the manifest to complete");
        using var markdown = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/runs/{runId}/manifest?format=markdown", null);

        Assert.Equal(runId, manifest.GetProperty("run_id").GetString());
        var names = manifest.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Contains("step-c.outputs.json", names);
        Assert.All(manifest.GetProperty("outputs").EnumerateArray(), o => Assert.StartsWith("sha256:", o.GetProperty("checksum").GetString(), StringComparison.Ordinal));
        Assert.Equal(3, manifest.GetProperty("metrics").GetProperty("steps").GetArrayLength());
        Assert.Contains(runId[4..], await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the id is Markdown-escaped (run\_…)
    }

    [Fact]
    public async Task ReplayDryRun_OfAFinishedRun_IsIdentical_AndATamperedBundleShowsWhereItDiffers()
    {
        await using var sink = await HttpSink.StartAsync();
        var key = NewKey();
        var template = $$$$"""
            {"template_key":"{{{{key}}}}","name":"Replay","category":"ops","version":"1.0.0","input_schema":{"type":"object","properties":{"n":{"type":"integer"}}},"output_schema":{"type":"object"},
             "required_scopes":["ops:read"],
             "steps":[{"id":"fetch","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/fetch"}},
                      {"id":"shape","uses":"transform","depends_on":["fetch"],"with":{"output":{"name":"${{ steps.fetch.outputs.body.name }}","n":"${{ inputs.n }}"}}}]}
            """;
        var (_, apiKey, runId) = await FinishedRunAsync(template, key);
        var callsBefore = sink.Calls.Count;
        await Eventually.TrueAsync(async () =>
        {
            using var ready = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/runs/{runId}/replay", null);
            return ready.IsSuccessStatusCode; // evidence is completed right after the final state is saved
        }, TimeSpan.FromSeconds(10), "the replay bundle");

        using var replay = await server.SendAsync(HttpMethod.Post, apiKey, $"/api/v1/runs/{runId}/replay", """{"dry_run":true}""");
        var result = await EngineTestServer.JsonAsync(replay);
        using var bundleResponse = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/runs/{runId}/replay", null);
        var bundleText = await bundleResponse.Content.ReadAsStringAsync();
        var bundle = JsonNode.Parse(bundleText)!;
        Assert.True(bundle["steps"]?[1]?["outputs"] is JsonObject, bundleText);
        bundle["steps"]![1]!["outputs"]!["name"] = "tampered";
        using var foreign = await server.SendAsync(HttpMethod.Post, apiKey, "/api/v1/replays", bundle.ToJsonString());
        var differs = await EngineTestServer.JsonAsync(foreign);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(result.GetProperty("identical").GetBoolean(), result.GetRawText());
        Assert.Equal(callsBefore, sink.Calls.Count); // the HTTP step returned its recorded outputs
        Assert.False(differs.GetProperty("identical").GetBoolean());
        var difference = differs.GetProperty("differences")[0];
        Assert.Equal("shape", difference.GetProperty("step_id").GetString());
        Assert.Contains("name", difference.GetProperty("path").GetString(), StringComparison.Ordinal);
    }
}
