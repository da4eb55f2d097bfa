namespace JobForge.Domain.Artifacts;

/// <summary>A write-once artifact exists already with other content.</summary>
public sealed class ArtifactConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArtifactConflictException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ArtifactConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public ArtifactConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
