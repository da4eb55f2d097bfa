using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client.Models;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs list</c>: a tenant's runs, one page (or <c>--all</c>), filtered.</summary>
internal sealed class JobsListCommand(CliRuntime runtime) : ApiCommand<JobsListCommand.Settings>(runtime)
{
    internal sealed class Settings : PagedSettings
    {
        [CommandOption("--status <STATUS>")]
        [Description("Only runs in this status (queued, running, awaiting_approval, succeeded, failed, …).")]
        public string? Status { get; init; }

        [CommandOption("--template <KEY>")]
        [Description("Only runs of this template.")]
        public string? Template { get; init; }

        [CommandOption("--project <PROJECT>")]
        [Description("Only runs of this project.")]
        public string? Project { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var filters = s.Filters(call.Tenant, ("status", s.Status), ("template_key", s.Template), ("project_id", s.Project));
        RunPage page;
        if (s.All)
        {
            var runs = new List<Run>();
            await foreach (var run in call.Client.Jobs.ListAsync(filters, cancellationToken))
            {
                runs.Add(run);
            }

            page = new RunPage { Runs = runs };
        }
        else
        {
            page = await call.Client.Jobs.ListPageAsync(filters, s.Cursor, cancellationToken);
        }

        if (s.Json)
        {
            Console.WriteJson(page, CliJsonContext.Default.RunPage);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Run", "Template", "Status", "Requested", "Finished");
        foreach (var run in page.Runs)
        {
            table.Row(run.RunId, run.TemplateKey, run.Status, Durations.Time(run.RequestedAt), Durations.Time(run.FinishedAt));
        }

        Console.Out.Write(table);
        PagedSettings.WriteNextCursor(Console, page.NextCursor);
        return ExitCodes.Success;
    }
}
