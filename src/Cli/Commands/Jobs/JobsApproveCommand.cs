using JobForge.Client;
using JobForge.Client.Models;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs approve RUN_ID</c>.</summary>
internal sealed class JobsApproveCommand(CliRuntime runtime) : RunDecisionCommand<RunDecisionSettings>(runtime)
{
    protected override Task<RunDecision> DecideAsync(JobsClient jobs, RunDecisionSettings settings, string? tenant, CancellationToken cancellationToken) =>
        jobs.ApproveAsync(settings.RunId, settings.Comment, tenant, cancellationToken);
}
