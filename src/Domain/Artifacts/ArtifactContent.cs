namespace JobForge.Domain.Artifacts;

/// <summary>An artifact read back whole: what is known about it, and its bytes.</summary>
/// <param name="Info">Name, type, reference, size, checksum and content type.</param>
/// <param name="Content">The bytes.</param>
public sealed record ArtifactContent(ArtifactInfo Info, ReadOnlyMemory<byte> Content);
