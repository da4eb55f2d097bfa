namespace JobForge.TestKit;

/// <summary>Paths inside the repository, found from the test binaries' location.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the folder that holds JobForge.Functions.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobForge.Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find JobForge.Functions.sln above " + AppContext.BaseDirectory);
    }
}
