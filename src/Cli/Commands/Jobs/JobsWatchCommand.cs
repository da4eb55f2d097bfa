using System.ComponentModel;
using JobForge.Cli.Configuration;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs watch RUN_ID</c>: the run live until it ends; exit 0 when it succeeded, 1 otherwise.</summary>
internal sealed class JobsWatchCommand(CliRuntime runtime) : ApiCommand<JobsWatchCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<RUN_ID>")]
        [Description("The run to watch.")]
        public string RunId { get; init; } = string.Empty;
    }

    protected override Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken) =>
        new RunWatcher(Console, call.Client).WatchAsync(call.Settings.RunId, call.Tenant, call.Settings.Json, cancellationToken);
}
