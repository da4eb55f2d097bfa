using System.Globalization;
using System.Text;
using JobForge.TestKit;

namespace JobForge.Chaos.Benchmarks;

/// <summary>The Markdown table of a chaos run, and its place in docs/reliability.md (between the chaos markers).</summary>
internal static class ReliabilityReport
{
    public const string Begin = "<!-- chaos:begin (written by scripts/chaos) -->";
    public const string End = "<!-- chaos:end -->";

    public static string Table(IReadOnlyList<ReportRow> rows, ChaosOptions options, DateTimeOffset started, DateTimeOffset ended)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {started:yyyy-MM-dd HH:mm} UTC, {(ended - started).TotalMinutes:F0} min, {(options.Quick ? "quick (seeded short) mode" : "full durations")}, seed {options.Seed}, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}; load: {options.EventsPerSecond} events/s (1 in 10 matching an event trigger), " +
            $"{options.JobsPerSecond} job requests/s, a cron trigger every second, three HTTP steps per run against a loopback sink."));
        text.AppendLine();
        text.AppendLine("| scenario | check | result | verdict |");
        text.AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine($"| {Cell(row.Scenario)} | {Cell(row.Check)} | {Cell(row.Result)} | {row.Verdict} |");
        }

        return text.ToString();
    }

    /// <summary>Replaces the table between the markers of <paramref name="path"/> (relative to the repository), or appends it.</summary>
    public static void Write(string path, string table)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(RepositoryPaths.Root, path);
        var existing = File.Exists(full) ? File.ReadAllText(full) : "# Reliability\n\n";
        var begin = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var block = Begin + "\n" + table + End;
        var updated = begin >= 0 && end > begin
            ? existing[..begin] + block + existing[(end + End.Length)..]
            : existing.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(full, updated);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
