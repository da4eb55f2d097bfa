namespace JobForge.Storage.Artifacts;

/// <summary>Where <see cref="BlobArtifactStore"/> keeps artifacts, bound from <c>JobForge:Artifacts</c>.</summary>
public sealed class ArtifactStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Artifacts";

    /// <summary>
    /// The blob container (3–63 lowercase letters, digits and single hyphens; created at first use).
    /// Key: <c>JobForge:Artifacts:ContainerName</c>. Default <c>jobforge-artifacts</c>.
    /// </summary>
    public string ContainerName { get; set; } = "jobforge-artifacts";
}
