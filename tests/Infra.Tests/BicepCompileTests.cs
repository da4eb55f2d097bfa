using System.Text.Json;

namespace JobForge.Infra.Tests;

/// <summary>Every Bicep and parameter file builds, lints clean with every rule at error, and is formatted.</summary>
public sealed class BicepCompileTests
{
    private static readonly HashSet<string> RulesOff = ["use-recent-api-versions", "use-recent-module-versions"];

    [Fact]
    public void InfraFolder_HasTheTemplateModulesAndParameters()
    {
        var files = InfraPaths.BicepFiles();

        Assert.Contains("main.bicep", files);
        Assert.Contains("main.bicepparam", InfraPaths.ParameterFiles());
        Assert.True(files.Count(file => file.StartsWith("modules" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) >= 5, string.Join(", ", files));
    }

    [Fact]
    public async Task Build_EveryBicepFile_CompilesWithoutDiagnostics()
    {
        using var output = new TemporaryFolder();

        var result = await BicepCli.RunAsync(InfraPaths.Bicep, "build", "--pattern", "**/*.bicep", "--outdir", output.Path);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.Describe());
        Assert.True(File.Exists(Path.Combine(output.Path, "main.json")), result.Describe());
    }

    [Fact]
    public async Task BuildParams_EveryParameterFile_CompilesWithoutDiagnostics()
    {
        using var output = new TemporaryFolder();

        var result = await BicepCli.RunAsync(InfraPaths.Bicep, "build-params", "--pattern", "*.bicepparam", "--outdir", output.Path);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.Describe());
        foreach (var file in InfraPaths.ParameterFiles())
        {
            Assert.True(File.Exists(Path.Combine(output.Path, Path.ChangeExtension(file, ".json"))), file + "\n" + result.Describe());
        }
    }

    [Fact]
    public async Task Lint_EveryFile_HasNoFinding()
    {
        var result = await BicepCli.RunAsync(InfraPaths.Bicep, "lint", "--pattern", "**/*.bicep*");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError + result.StandardOutput), result.Describe());
    }

    [Fact]
    public void LinterConfig_SetsEveryRuleToError_ExceptTheClockAndRegistryRules()
    {
        var rules = ReadLinterRules();

        Assert.True(rules.Count >= 40, $"Only {rules.Count} rules are configured.");
        foreach (var (rule, level) in rules)
        {
            Assert.True(level == (RulesOff.Contains(rule) ? "off" : "error"), $"Rule '{rule}' is '{level}'.");
        }

        Assert.True(RulesOff.All(rules.ContainsKey), "The two rules that stay off must be listed explicitly.");
    }

    [Fact]
    public async Task Lint_WithTheRepositoryConfig_FailsOnARuleThatDefaultsToWarning()
    {
        using var copy = new TemporaryFolder();
        File.Copy(Path.Combine(InfraPaths.Bicep, "bicepconfig.json"), Path.Combine(copy.Path, "bicepconfig.json"));
        await File.WriteAllTextAsync(Path.Combine(copy.Path, "unused.bicep"), "param unused string\n");

        var result = await BicepCli.RunAsync(copy.Path, "lint", "unused.bicep");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Error no-unused-params", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_EveryFile_IsAlreadyFormatted()
    {
        using var copy = new TemporaryFolder();
        CopyFolder(InfraPaths.Bicep, copy.Path);

        var result = await BicepCli.RunAsync(copy.Path, "format", "--pattern", "**/*.bicep*");

        Assert.True(result.ExitCode == 0, result.Describe());
        var changed = InfraPaths.BicepFiles().Concat(InfraPaths.ParameterFiles())
            .Where(file => File.ReadAllText(Path.Combine(InfraPaths.Bicep, file)) != File.ReadAllText(Path.Combine(copy.Path, file)))
            .ToList();
        Assert.True(changed.Count == 0, "bicep format would change: " + string.Join(", ", changed) + ". Run: bicep format --pattern 'infra/bicep/**/*.bicep*'");
    }

    private static Dictionary<string, string> ReadLinterRules()
    {
        using var config = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(InfraPaths.Bicep, "bicepconfig.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var core = config.RootElement.GetProperty("analyzers").GetProperty("core");
        Assert.True(core.GetProperty("enabled").GetBoolean());
        return core.GetProperty("rules").EnumerateObject()
            .ToDictionary(rule => rule.Name, rule => rule.Value.GetProperty("level").GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
