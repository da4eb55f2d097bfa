using JobForge.Client.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobForge.Cli.Rendering;

/// <summary>A run for people: a header line, then each step with its status, attempts, duration and failure.</summary>
internal static class RunView
{
    public static IRenderable Render(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var header = new Paragraph()
            .Append("Run ", Style.Plain).Append(run.RunId, new Style(decoration: Decoration.Bold))
            .Append($"  {run.TemplateKey}@{run.TemplateVersion}  tenant {run.TenantId}  ", Style.Plain)
            .Append(run.Status, StatusStyle(run.Status));
        var steps = CliTable.Create("Step", "Uses", "Status", "Attempts", "Duration", "Failure");
        foreach (var step in run.Steps)
        {
            steps.AddRow(
                new Text(step.Id), new Text(step.Uses), new Text(step.Status, StatusStyle(step.Status)),
                new Text(step.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(step.Attempts == 0 ? "-" : Durations.FormatMs(step.DurationMs)),
                new Text(step.Failure is { } f ? $"{f.Type}: {f.Message}" : "-"));
        }

        var parts = new List<IRenderable> { header, steps };
        if (run.Failure is { } failure)
        {
            parts.Add(new Text($"Failure: {failure.Type}: {failure.Message}", new Style(Color.Red)));
        }

        return new Rows(parts);
    }

    /// <summary>The closing line of a watch: final status and total time.</summary>
    public static string Summary(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var took = run.StartedAt is { } started && run.FinishedAt is { } finished ? " in " + Durations.Format(finished - started) : string.Empty;
        return $"Run {run.RunId} {run.Status}{took}.";
    }

    public static Style StatusStyle(string status) => status switch
    {
        "succeeded" or "compensated" => new Style(Color.Green),
        "failed" or "rollback_failed" or "compensation_failed" => new Style(Color.Red),
        "running" or "compensating" or "rolling_back" => new Style(Color.Blue),
        "awaiting_approval" or "waiting_to_retry" or "waiting" => new Style(Color.Yellow),
        _ => Style.Plain,
    };
}
