using System.ComponentModel;
using JobForge.Client;
using JobForge.Client.Models;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs cancel RUN_ID [--rollback]</c>.</summary>
internal sealed class JobsCancelCommand(CliRuntime runtime) : RunDecisionCommand<JobsCancelCommand.Settings>(runtime)
{
    internal sealed class Settings : RunDecisionSettings
    {
        [CommandOption("--rollback")]
        [Description("Compensate the steps that already finished.")]
        public bool Rollback { get; init; }
    }

    protected override Task<RunDecision> DecideAsync(JobsClient jobs, Settings settings, string? tenant, CancellationToken cancellationToken) =>
        jobs.CancelAsync(settings.RunId, settings.Comment, settings.Rollback, tenant, cancellationToken);
}
