namespace JobForge.Infra.Tests;

/// <summary>A folder under the system temp directory, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    /// <summary>Creates an empty folder.</summary>
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("jobforge-infra-").FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
