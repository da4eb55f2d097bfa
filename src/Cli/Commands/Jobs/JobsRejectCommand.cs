using JobForge.Client;
using JobForge.Client.Models;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs reject RUN_ID</c>.</summary>
internal sealed class JobsRejectCommand(CliRuntime runtime) : RunDecisionCommand<RunDecisionSettings>(runtime)
{
    protected override Task<RunDecision> DecideAsync(JobsClient jobs, RunDecisionSettings settings, string? tenant, CancellationToken cancellationToken) =>
        jobs.RejectAsync(settings.RunId, settings.Comment, tenant, cancellationToken);
}
