using System.ComponentModel;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers decisions TRIGGER_ID</c>: each evaluation with its decision and reason, newest first.</summary>
internal sealed class TriggersDecisionsCommand(CliRuntime runtime) : ApiCommand<TriggersDecisionsCommand.Settings>(runtime)
{
    internal sealed class Settings : TriggerIdSettings
    {
        [CommandOption("--cursor <CURSOR>")]
        [Description("Continue from this cursor.")]
        public string? Cursor { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var page = await call.Client.Triggers.ListDecisionsAsync(call.Settings.Id, call.Settings.Cursor, call.Tenant, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(page, CliJsonContext.Default.TriggerDecisionPage);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Evaluated", "Decision", "Reason", "Run", "Test");
        foreach (var d in page.Items)
        {
            table.Row(Durations.Time(d.EvaluatedAt), d.Decision, d.Reason, d.RunId, d.Test ? "yes" : "no");
        }

        Console.Out.Write(table);
        PagedSettings.WriteNextCursor(Console, page.NextCursor);
        return ExitCodes.Success;
    }
}
