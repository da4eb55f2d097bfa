using JobForge.TestKit;

namespace JobForge.Infra.Tests;

/// <summary>Where the infrastructure files and the documents they must agree with live.</summary>
public static class InfraPaths
{
    /// <summary>The repository root.</summary>
    public static string Root => RepositoryPaths.Root;

    /// <summary>infra/bicep.</summary>
    public static string Bicep => Path.Combine(Root, "infra", "bicep");

    /// <summary>The snapshot of each parameter file is predicted against this subscription, group and region.</summary>
    public static readonly string[] SnapshotScope =
    [
        "--subscription-id", "00000000-0000-0000-0000-000000000000",
        "--tenant-id", "00000000-0000-0000-0000-000000000000",
        "--resource-group", "rg-jobforge",
        "--location", "swedencentral",
        "--deployment-name", "jobforge",
    ];

    /// <summary>Every .bicep file under infra/bicep, relative to it.</summary>
    public static IReadOnlyList<string> BicepFiles() => Relative("*.bicep");

    /// <summary>Every .bicepparam file under infra/bicep, relative to it.</summary>
    public static IReadOnlyList<string> ParameterFiles() => Relative("*.bicepparam");

    private static List<string> Relative(string pattern) =>
        [.. Directory.EnumerateFiles(Bicep, pattern, SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Bicep, file))
            .Order(StringComparer.Ordinal)];
}
