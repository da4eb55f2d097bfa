using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>What is known about one stored artifact (also a manifest's <c>outputs[]</c> entry).</summary>
/// <param name="Name">The artifact name (<see cref="ArtifactName"/>).</param>
/// <param name="Type">The kind (<see cref="ArtifactTypes"/>), derived from the name.</param>
/// <param name="Ref">The reference <c>{tenant}/{run_id}/{name}</c>.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Checksum">The content hash, <c>sha256:</c> plus 64 lowercase hex digits.</param>
/// <param name="MimeType">The content type it was stored with.</param>
public sealed record ArtifactInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("checksum")] string Checksum,
    [property: JsonPropertyName("mime_type")] string MimeType);
