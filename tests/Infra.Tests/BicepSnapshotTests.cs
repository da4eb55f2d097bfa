namespace JobForge.Infra.Tests;

/// <summary>
/// The committed snapshot of each parameter file (predicted resources with resolved names, role-assignment GUIDs and
/// app settings) still matches the template, so any change to resources, names, settings or roles is a visible diff.
/// Refresh after an intended change: bicep snapshot infra/bicep/X.bicepparam plus the scope flags in
/// <see cref="InfraPaths.SnapshotScope"/>.
/// </summary>
public sealed class BicepSnapshotTests
{
    public static TheoryData<string> ParameterFiles() => [.. InfraPaths.ParameterFiles()];

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task Snapshot_OfEachParameterFile_MatchesTheCommittedOne(string parameterFile)
    {
        Assert.True(
            File.Exists(Path.Combine(InfraPaths.Bicep, Path.ChangeExtension(parameterFile, ".snapshot.json"))),
            $"No committed snapshot for {parameterFile}.");

        var result = await BicepCli.RunAsync(InfraPaths.Bicep, ["snapshot", parameterFile, "--mode", "validate", .. InfraPaths.SnapshotScope]);

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void Snapshots_ExistOnlyForParameterFiles()
    {
        var expected = InfraPaths.ParameterFiles().Select(file => Path.ChangeExtension(file, ".snapshot.json")).ToHashSet();
        var committed = Directory.EnumerateFiles(InfraPaths.Bicep, "*.snapshot.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(InfraPaths.Bicep, file));

        Assert.All(committed, file => Assert.Contains(file, expected));
    }
}
