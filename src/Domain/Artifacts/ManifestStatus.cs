namespace JobForge.Domain.Artifacts;

/// <summary>The values of <see cref="RunManifest.Status"/>.</summary>
public static class ManifestStatus
{
    /// <summary>The run has not ended.</summary>
    public const string Pending = "pending";

    /// <summary>The run succeeded.</summary>
    public const string Complete = "complete";

    /// <summary>The run ended any other way (failed, rolled back, canceled).</summary>
    public const string Failed = "failed";
}
