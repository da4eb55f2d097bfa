using System.Reflection;
using System.Text.RegularExpressions;
using JobForge.Domain.Errors;
using JobForge.TestKit;

namespace JobForge.Domain.Tests.Architecture;

/// <summary>The domain is pure: no Azure or ASP.NET dependency, no clock, no randomness, no I/O.</summary>
public sealed partial class DomainPurityTests
{
    private static readonly Assembly Domain = typeof(ErrorType).Assembly;

    private static readonly (string Pattern, string Why)[] ForbiddenApis =
    [
        (@"\bDateTime(Offset)?\s*\.\s*(UtcNow|Now|Today)\b", "read time from an injected TimeProvider"),
        (@"\bEnvironment\s*\.\s*TickCount", "read time from an injected TimeProvider"),
        (@"\bStopwatch\b", "read time from an injected TimeProvider"),
        (@"\bGuid\s*\.\s*NewGuid\b", "take ids from an injected generator"),
        (@"\bnew\s+Random\b|\bRandom\s*\.\s*Shared\b|\bRandomNumberGenerator\b", "take randomness from an injected source"),
        (@"\bTask\s*\.\s*Delay\b|\bThread\s*\.\s*Sleep\b|\bnew\s+Timer\b|\bPeriodicTimer\b", "the decider returns 'wait until' commands; hosts wait"),
        (@"\bHttpClient\b|\bSystem\s*\.\s*Net\b|\bSocket\b", "I/O belongs in adapters"),
        (@"\bSystem\s*\.\s*IO\b|\bFile\s*\.\s*|\bDirectory\s*\.\s*", "I/O belongs in adapters"),
        (@"\bEnvironment\s*\.\s*(GetEnvironmentVariable|MachineName|ProcessId)\b", "configuration comes in through options"),
    ];

    [Fact]
    public void DomainAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = Domain.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        var foreign = references.Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")).ToList();

        Assert.True(foreign.Count == 0, "JobForge.Domain must not reference: " + string.Join(", ", foreign));
    }

    [Fact]
    public void DomainProject_HasNoPackageReferences()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Domain", "Domain.csproj"));

        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("FrameworkReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void DomainSource_UsesNoClockRandomnessOrIo()
    {
        var violations = new List<string>();
        foreach (var file in DomainSourceFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = StripComment(lines[i]);
                foreach (var (pattern, why) in ForbiddenApis)
                {
                    if (Regex.IsMatch(code, pattern))
                    {
                        violations.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: '{code.Trim()}' — {why}");
                    }
                }
            }
        }

        Assert.True(violations.Count == 0, "Impure domain code:\n" + string.Join('\n', violations));
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;")]
    [InlineData("var id = Guid.NewGuid();")]
    [InlineData("var r = new Random(1);")]
    [InlineData("await Task.Delay(10);")]
    [InlineData("using var client = new HttpClient();")]
    [InlineData("var text = System.IO.File.ReadAllText(path);")]
    public void ForbiddenApis_CatchTypicalViolations(string line)
    {
        Assert.Contains(ForbiddenApis, rule => Regex.IsMatch(line, rule.Pattern));
    }

    private static IEnumerable<string> DomainSourceFiles()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "Domain");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static string StripComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }
}
