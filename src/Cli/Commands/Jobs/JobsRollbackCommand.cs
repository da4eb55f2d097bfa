using JobForge.Client;
using JobForge.Client.Models;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs rollback RUN_ID</c>.</summary>
internal sealed class JobsRollbackCommand(CliRuntime runtime) : RunDecisionCommand<RunDecisionSettings>(runtime)
{
    protected override Task<RunDecision> DecideAsync(JobsClient jobs, RunDecisionSettings settings, string? tenant, CancellationToken cancellationToken) =>
        jobs.RollbackAsync(settings.RunId, settings.Comment, tenant, cancellationToken);
}
