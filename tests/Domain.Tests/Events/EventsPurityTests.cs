using System.Text.RegularExpressions;

namespace JobForge.Domain.Tests.Events;

/// <summary>
/// Guards src/Domain/Events against clock, randomness and I/O. The domain-wide architecture test is not on this
/// branch yet; this one covers the folder this branch owns with the same banned list.
/// </summary>
public sealed class EventsPurityTests
{
    private static readonly Regex Banned = new(
        @"DateTime(Offset)?\.(UtcNow|Now|Today)|Guid\.NewGuid|new Random|Random\.Shared|Task\.Delay|HttpClient|System\.IO|\bFile\.|Stopwatch|Environment\.",
        RegexOptions.CultureInvariant);

    [Fact]
    public void EventsSources_UseNoClockRandomnessOrIo()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Domain", "Events")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var offenders = Directory.EnumerateFiles(Path.Combine(directory.FullName, "src", "Domain", "Events"), "*.cs")
            .SelectMany(file => File.ReadLines(file)
                .Select(line => line.Split("//")[0])
                .Where(code => Banned.IsMatch(code))
                .Select(code => $"{Path.GetFileName(file)}: {code.Trim()}"))
            .ToList();

        Assert.Empty(offenders);
    }
}
