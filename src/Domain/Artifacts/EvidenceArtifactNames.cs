namespace JobForge.Domain.Artifacts;

/// <summary>The names JobForge itself writes under a run; step artifacts may not take them.</summary>
public static class EvidenceArtifactNames
{
    /// <summary>The inputs snapshot.</summary>
    public const string Inputs = "inputs.json";

    /// <summary>The manifest (the one artifact written twice: pending at the start, final at the end).</summary>
    public const string Manifest = "manifest.json";

    /// <summary>The redacted run log.</summary>
    public const string Log = "run.log.ndjson";

    /// <summary>The replay bundle.</summary>
    public const string Replay = "replay.json";

    private const string StepPrefix = "step-";
    private const string StepSuffix = ".outputs.json";

    /// <summary>The name of step <paramref name="stepId"/>'s outputs: <c>step-{id}.outputs.json</c>.</summary>
    public static string StepOutputs(string stepId) => StepPrefix + stepId + StepSuffix;

    /// <summary>Whether <paramref name="name"/> has the shape of a step's outputs.</summary>
    public static bool IsStepOutputs(string name) =>
        name.StartsWith(StepPrefix, StringComparison.Ordinal) && name.EndsWith(StepSuffix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="name"/> is reserved for JobForge (a step artifact may not use it).</summary>
    public static bool IsReserved(string name) =>
        name is Inputs or Manifest or Log or Replay || IsStepOutputs(name);
}
