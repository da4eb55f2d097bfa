using System.Text;
using Azure;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Application.Flags;

namespace JobForge.Application.Artifacts;

/// <summary>
/// Writes a run's evidence as the run engine reports progress: the inputs snapshot and a pending manifest at the start,
/// each step's outputs and files, then the redacted run log, the final manifest and the replay bundle. Nothing is
/// written unless <c>JOBFORGE_MANIFESTS_ENABLED</c> or <c>REPLAY_PACK_ENABLED</c> is on; the manifest needs the first,
/// the bundle the second. Evidence is best effort: a storage failure is logged and never fails the run.
/// </summary>
public sealed partial class RunEvidenceRecorder
{
    private const string Json = "application/json";

    private readonly IArtifactStore _artifacts;
    private readonly FeatureFlagsReader _flags;
    private readonly EvidenceEnvironment _environment;
    private readonly ILogger<RunEvidenceRecorder> _logger;

    /// <summary>Creates the recorder.</summary>
    public RunEvidenceRecorder(IArtifactStore artifacts, FeatureFlagsReader flags, EvidenceEnvironment environment, ILogger<RunEvidenceRecorder> logger)
    {
        _artifacts = artifacts;
        _flags = flags;
        _environment = environment;
        _logger = logger;
    }

    /// <summary>Writes <c>inputs.json</c> and, with manifests on, a <c>pending</c> <c>manifest.json</c>.</summary>
    public async Task StartAsync(Run run, RunState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        var flags = _flags.Current;
        if (!flags.ManifestsEnabled && !flags.ReplayPackEnabled)
        {
            return;
        }

        var inputs = await PutAsync(run, EvidenceArtifactNames.Inputs, Json, Encoding.UTF8.GetBytes(run.InputsJson), cancellationToken);
        if (flags.ManifestsEnabled)
        {
            var manifest = RunManifestBuilder.Build(run, state, inputs is null ? [] : [inputs], _environment.Fingerprint, Versions(new Dictionary<string, string>()));
            await PutAsync(run, EvidenceArtifactNames.Manifest, Json, EvidenceJson.WriteUtf8(manifest), cancellationToken);
        }
    }

    /// <summary>
    /// Writes step <paramref name="stepId"/>'s outputs as <c>step-{id}.outputs.json</c> and its files by their names;
    /// a file with an invalid or reserved name (<c>inputs.json</c>, <c>manifest.json</c>, …) is skipped and logged.
    /// </summary>
    public async Task StepCompletedAsync(Run run, string stepId, string outputsJson, IReadOnlyList<StepArtifact> artifacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stepId);
        ArgumentNullException.ThrowIfNull(outputsJson);
        ArgumentNullException.ThrowIfNull(artifacts);
        var flags = _flags.Current;
        if (!flags.ManifestsEnabled && !flags.ReplayPackEnabled)
        {
            return;
        }

        var outputsName = EvidenceArtifactNames.StepOutputs(stepId);
        if (ArtifactName.IsValid(outputsName))
        {
            await PutAsync(run, outputsName, Json, Encoding.UTF8.GetBytes(outputsJson), cancellationToken);
        }
        else
        {
            ArtifactsLog.ArtifactSkipped(_logger, run.RunId, stepId, "outputs", "the step id does not make a valid artifact name");
        }

        foreach (var artifact in artifacts)
        {
            var problem = ArtifactName.Problem(artifact.Name)
                ?? (EvidenceArtifactNames.IsReserved(artifact.Name) ? "the name is reserved for JobForge" : null);
            if (problem is not null)
            {
                ArtifactsLog.ArtifactSkipped(_logger, run.RunId, stepId, ArtifactName.IsValid(artifact.Name) ? artifact.Name : "(invalid)", problem);
                continue;
            }

            await PutAsync(run, artifact.Name, string.IsNullOrWhiteSpace(artifact.ContentType) ? "application/octet-stream" : artifact.ContentType, artifact.Content, cancellationToken);
        }
    }

    private ToolVersions Versions(IReadOnlyDictionary<string, string> handlers) => new(_environment.JobForgeVersion, handlers);

    private async Task<ArtifactInfo?> PutAsync(Run run, string name, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            return await _artifacts.PutAsync(run.TenantId, run.RunId, name, contentType, content, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or ArtifactConflictException or ArgumentException)
        {
            ArtifactsLog.WriteFailed(_logger, run.TenantId, run.RunId, name, ex);
            return null;
        }
    }
}
