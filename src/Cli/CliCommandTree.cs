using JobForge.Cli.Commands.Jobs;
using Spectre.Console.Cli;

namespace JobForge.Cli;

/// <summary>The command tree: one branch per API area, mirroring the routes (README "CLI").</summary>
internal static class CliCommandTree
{
    public static void Add(IConfigurator config)
    {
        config.AddBranch("jobs", jobs =>
        {
            jobs.SetDescription("Request, read, list, watch and decide runs.");
            jobs.AddCommand<JobsRequestCommand>("request").WithDescription("Request a run of a template (or --dry-run; --watch to follow it).")
                .WithExample("jobs", "request", "autopilot.ops.scan", "--tenant", "acme", "--input", "target=vm-1", "--watch");
            jobs.AddCommand<JobsGetCommand>("get").WithDescription("Show a run with its steps.");
            jobs.AddCommand<JobsListCommand>("list").WithDescription("List a tenant's runs.");
            jobs.AddCommand<JobsWatchCommand>("watch").WithDescription("Follow a run live until it ends; exit 0 only if it succeeded.");
            jobs.AddCommand<JobsApproveCommand>("approve").WithDescription("Approve a run waiting for approval.");
            jobs.AddCommand<JobsRejectCommand>("reject").WithDescription("Reject a run waiting for approval.");
            jobs.AddCommand<JobsCancelCommand>("cancel").WithDescription("Cancel an unfinished run (--rollback compensates).");
            jobs.AddCommand<JobsRollbackCommand>("rollback").WithDescription("Roll back a succeeded run.");
        });
    }
}
