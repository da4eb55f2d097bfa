using JobForge.TestKit;

namespace JobForge.Domain.Tests.Artifacts;

/// <summary>Compares text with a checked-in file under Artifacts/Golden; <c>JOBFORGE_UPDATE_GOLDEN=1</c> rewrites it.</summary>
internal static class GoldenFile
{
    public static void AssertMatches(string fileName, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Domain.Tests", "Artifacts", "Golden", fileName);
        if (Environment.GetEnvironmentVariable("JOBFORGE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
