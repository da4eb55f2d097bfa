using System.Text;
using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using static JobForge.Domain.Tests.Artifacts.EvidenceFixtures;

namespace JobForge.Domain.Tests.Artifacts;

public sealed class RunManifestTests
{
    [Fact]
    public void Build_SucceededRun_MatchesTheGoldenJson()
    {
        var manifest = RunManifestBuilder.Build(NewRun(), State(), StoredArtifacts(), Env, Versions);

        GoldenFile.AssertMatches("manifest.complete.json", EvidenceJson.Write(manifest));
    }

    [Fact]
    public void Build_SucceededRun_MatchesTheGoldenMarkdownWithEnvironment()
    {
        var manifest = RunManifestBuilder.Build(NewRun(), State(), StoredArtifacts(), Env, Versions);

        GoldenFile.AssertMatches("manifest.complete.md", ManifestMarkdownRenderer.Render(manifest, new ManifestMarkdownOptions { IncludeEnvironment = true, CostUsd = 0.0042m }));
    }

    [Fact]
    public void Build_SucceededRun_SumsMetricsAndLeavesOutManifestAndReplay()
    {
        var manifest = RunManifestBuilder.Build(NewRun(), State(), [.. StoredArtifacts(), Info("replay.json", 10, "application/json")], Env, Versions);

        Assert.Equal(ManifestStatus.Complete, manifest.Status);
        Assert.Equal(["inputs.json", "run.log.ndjson", "step-fetch.outputs.json"], manifest.Outputs.Select(o => o.Name));
        Assert.Equal((1250L, 3, 1, 13L + 2048 + 1536), (manifest.Metrics.DurationMs, manifest.Metrics.Attempts, manifest.Metrics.Retries, manifest.Metrics.BytesWritten));
        Assert.Equal($"acme/{TheRunId}/run.log.ndjson", manifest.LogsRef);
        Assert.Equal($"acme/{TheRunId}/inputs.json", manifest.InputsSnapshotRef);
        Assert.Null(manifest.Error);
    }

    [Theory]
    [InlineData(RunStatus.Queued, "pending")]
    [InlineData(RunStatus.Running, "pending")]
    [InlineData(RunStatus.Succeeded, "complete")]
    [InlineData(RunStatus.Failed, "failed")]
    [InlineData(RunStatus.RolledBack, "failed")]
    [InlineData(RunStatus.Canceled, "failed")]
    public void StatusOf_EachRunStatus_MapsToAManifestStatus(RunStatus status, string expected) =>
        Assert.Equal(expected, RunManifestBuilder.StatusOf(status));

    [Fact]
    public void Build_FailedRun_CarriesTheFailureAsErrorAndRendersIt()
    {
        using var details = JsonDocument.Parse("""{"status":503}""");
        var failure = new StepFailure("http_error", "upstream said <b>no</b>", "http", Requested.AddSeconds(2), false) { Details = details.RootElement.Clone() };

        var manifest = RunManifestBuilder.Build(NewRun(), State(RunStatus.Failed, failure), [], Env, Versions);
        var json = EvidenceJson.Write(manifest);
        var markdown = ManifestMarkdownRenderer.Render(manifest);

        Assert.Equal("failed", manifest.Status);
        var error = manifest.Error!.Value;
        Assert.Equal("failed", error.GetProperty("run_status").GetString());
        Assert.Equal("http_error", error.GetProperty("failure").GetProperty("type").GetString());
        Assert.Equal(503, error.GetProperty("failure").GetProperty("details").GetProperty("status").GetInt32());
        Assert.Contains("\"error\": {", json, StringComparison.Ordinal);
        Assert.Contains("## Error", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Env", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WrittenThenRead_RoundTrips()
    {
        var manifest = RunManifestBuilder.Build(NewRun(), State(), StoredArtifacts(), Env, Versions);

        var read = EvidenceJson.TryRead<RunManifest>(Encoding.UTF8.GetBytes(EvidenceJson.Write(manifest)), out var problem);

        Assert.Null(problem);
        Assert.Equal(EvidenceJson.Write(manifest), EvidenceJson.Write(read));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"run_id":5}""")]
    [InlineData("""{"manifest_version":"1.0"}""")]
    [InlineData("null")]
    public void TryRead_NotAManifest_ReturnsNullWithAProblem(string json)
    {
        Assert.Null(EvidenceJson.TryRead<RunManifest>(Encoding.UTF8.GetBytes(json), out var problem));
        Assert.NotNull(problem);
    }
}
