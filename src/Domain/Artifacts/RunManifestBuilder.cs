using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Domain.Artifacts;

/// <summary>Builds a <see cref="RunManifest"/> from a run, its state and its stored artifacts. Pure.</summary>
public static class RunManifestBuilder
{
    /// <summary>
    /// The manifest of <paramref name="run"/> as <paramref name="state"/> leaves it: <c>pending</c> until the run is
    /// terminal, then <c>complete</c> (succeeded) or <c>failed</c> (anything else, with the failure as <c>error</c>).
    /// <c>outputs</c> lists <paramref name="artifacts"/> except the manifest and the replay bundle.
    /// </summary>
    public static RunManifest Build(
        Run run, RunState state, IReadOnlyList<ArtifactInfo> artifacts, EnvironmentFingerprint environment, ToolVersions versions)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(artifacts);
        var outputs = artifacts
            .Where(a => a.Name is not EvidenceArtifactNames.Manifest and not EvidenceArtifactNames.Replay)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        var status = StatusOf(state.Status);
        var steps = state.Steps.Select(s => new ManifestStepMetrics(s.StepId, s.DurationMs, s.Attempt)).ToList();
        var duration = state.StartedAt is { } started && state.FinishedAt is { } finished ? (long)(finished - started).TotalMilliseconds : 0;
        return new RunManifest
        {
            RunId = run.RunId,
            TenantId = run.TenantId,
            ProjectId = run.ProjectId,
            JobType = run.TemplateKey,
            CreatedAt = run.RequestedAt,
            InputsSnapshotRef = ArtifactRef.Format(run.TenantId, run.RunId, EvidenceArtifactNames.Inputs),
            LogsRef = outputs.FirstOrDefault(a => a.Name == EvidenceArtifactNames.Log)?.Ref,
            Outputs = outputs,
            Metrics = new ManifestMetrics
            {
                DurationMs = Math.Max(0, duration),
                Steps = steps,
                Attempts = steps.Sum(s => s.Attempts),
                Retries = steps.Sum(s => Math.Max(0, s.Attempts - 1)),
                BytesWritten = outputs.Sum(a => a.Size),
            },
            EnvFingerprint = environment,
            ToolVersions = versions with { Handlers = new SortedDictionary<string, string>(versions.Handlers.ToDictionary(), StringComparer.Ordinal) },
            Status = status,
            Error = status == ManifestStatus.Failed ? ErrorOf(state) : null,
        };
    }

    /// <summary>The manifest status of a run status.</summary>
    public static string StatusOf(RunStatus status) => status switch
    {
        RunStatus.Succeeded => ManifestStatus.Complete,
        RunStatus.Failed or RunStatus.RolledBack or RunStatus.RollbackFailed or RunStatus.Canceled => ManifestStatus.Failed,
        _ => ManifestStatus.Pending,
    };

    private static JsonElement ErrorOf(RunState state)
    {
        var error = new JsonObject { ["run_status"] = RunStatusNames.ToWireName(state.Status) };
        if (state.Failure is { } failure)
        {
            error["failure"] = FailureJson(failure);
        }

        if (state.RollbackFailures.Count > 0)
        {
            error["rollback_failures"] = new JsonArray([.. state.RollbackFailures.Select(FailureJson)]);
        }

        return JsonSerializer.SerializeToElement(error);
    }

    private static JsonObject FailureJson(StepFailure failure)
    {
        var json = new JsonObject
        {
            ["type"] = failure.Type,
            ["message"] = failure.Message,
            ["handler"] = failure.Handler,
            ["timestamp"] = failure.Timestamp,
            ["retryable"] = failure.Retryable,
        };
        if (failure.Details is { } details)
        {
            json["details"] = JsonNode.Parse(details.GetRawText());
        }

        return json;
    }
}
