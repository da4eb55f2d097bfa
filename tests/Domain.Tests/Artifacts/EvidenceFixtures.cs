using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Domain.Tests.Artifacts;

/// <summary>A fixed run, its state and artifacts, for golden and builder tests.</summary>
internal static class EvidenceFixtures
{
    public const string TheRunId = "run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f";
    public static readonly DateTimeOffset Requested = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static Run NewRun(string inputs = """{"b":2,"a":1}""")
    {
        using var document = JsonDocument.Parse(inputs);
        var canonical = CanonicalJson.ToText(document.RootElement);
        return new Run
        {
            RunId = TheRunId,
            TenantId = "acme",
            ProjectId = "web",
            TemplateKey = "autopilot.ops.scan",
            TemplateVersion = "1.2.0",
            TemplateJson = """{"key":"autopilot.ops.scan","version":"1.2.0","steps":[]}""",
            InputsJson = canonical,
            InputsSha256 = CanonicalJson.Sha256Hex(canonical),
            TraceId = "0af7651916cd43dd8448eb211c80319c",
            RequestedAt = Requested,
        };
    }

    public static RunState State(RunStatus status = RunStatus.Succeeded, StepFailure? failure = null) => new()
    {
        Status = status,
        StartedAt = Requested.AddSeconds(1),
        FinishedAt = Requested.AddSeconds(1).AddMilliseconds(1250),
        Failure = failure,
        Steps =
        [
            new StepState("fetch", "http") { Status = StepStatus.Succeeded, Attempt = 2, DurationMs = 850, OutputsJson = """{"status":200,"body":{"items":[1,2]}}""" },
            new StepState("shape", "transform") { Status = status == RunStatus.Succeeded ? StepStatus.Succeeded : StepStatus.Failed, Attempt = 1, DurationMs = 12, OutputsJson = status == RunStatus.Succeeded ? """{"count":2}""" : null },
        ],
    };

    public static IReadOnlyList<ArtifactInfo> StoredArtifacts() =>
    [
        Info("inputs.json", 13, "application/json"),
        Info("run.log.ndjson", 2048, "application/x-ndjson"),
        Info("step-fetch.outputs.json", 1536, "application/json"),
        Info("manifest.json", 900, "application/json"),
    ];

    public static ArtifactInfo Info(string name, long size, string mime) =>
        new(name, ArtifactTypes.FromName(name), ArtifactRef.Format("acme", TheRunId, name), size, "sha256:" + new string('a', 60) + "0123", mime);

    public static EnvironmentFingerprint Env { get; } = new("Ubuntu 24.04", "x64", "10.0.0", "server");

    public static ToolVersions Versions { get; } = new("1.0.0", new Dictionary<string, string> { ["transform"] = "1.0", ["http"] = "1.1" });

    public static ReplayProvenance Provenance { get; } = new("abc123", "10.0.0", "Ubuntu 24.04", "x64", new string('f', 64), new Dictionary<string, string> { ["REPLAY_PACK_ENABLED"] = "1" });
}
