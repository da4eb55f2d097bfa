namespace JobForge.Domain.Artifacts;

/// <summary>The artifact kinds (<see cref="ArtifactInfo.Type"/>), derived from the well-known names of <see cref="EvidenceArtifactNames"/>.</summary>
public static class ArtifactTypes
{
    /// <summary>The inputs snapshot, <c>inputs.json</c>.</summary>
    public const string Inputs = "inputs";

    /// <summary>A step's outputs, <c>step-{id}.outputs.json</c>.</summary>
    public const string StepOutputs = "step_outputs";

    /// <summary>The run log, <c>run.log.ndjson</c>.</summary>
    public const string Log = "log";

    /// <summary>The run manifest, <c>manifest.json</c>.</summary>
    public const string Manifest = "manifest";

    /// <summary>The replay bundle, <c>replay.json</c>.</summary>
    public const string Replay = "replay";

    /// <summary>Any file a step produced.</summary>
    public const string File = "file";

    /// <summary>The kind of the artifact called <paramref name="name"/>.</summary>
    public static string FromName(string name) => name switch
    {
        EvidenceArtifactNames.Inputs => Inputs,
        EvidenceArtifactNames.Log => Log,
        EvidenceArtifactNames.Manifest => Manifest,
        EvidenceArtifactNames.Replay => Replay,
        _ when EvidenceArtifactNames.IsStepOutputs(name) => StepOutputs,
        _ => File,
    };
}
