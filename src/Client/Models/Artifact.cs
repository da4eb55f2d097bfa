namespace JobForge.Client.Models;

/// <summary>One artifact of a run.</summary>
public sealed record Artifact
{
    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The type.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The storage reference.</summary>
    public string Ref { get; init; } = string.Empty;

    /// <summary>The size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>The checksum.</summary>
    public string Checksum { get; init; } = string.Empty;

    /// <summary>The media type.</summary>
    public string MimeType { get; init; } = string.Empty;
}
