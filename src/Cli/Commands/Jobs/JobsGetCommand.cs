using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs get RUN_ID</c>: the run with its steps, attempts, timings and failure.</summary>
internal sealed class JobsGetCommand(CliRuntime runtime) : ApiCommand<JobsGetCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<RUN_ID>")]
        [Description("The run.")]
        public string RunId { get; init; } = string.Empty;

        [CommandOption("--outputs")]
        [Description("Include each step's outputs (bounded and redacted by the server).")]
        public bool Outputs { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var run = await call.Client.Jobs.GetAsync(call.Settings.RunId, call.Tenant, call.Settings.Outputs, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(run, CliJsonContext.Default.Run);
        }
        else
        {
            Console.Out.Write(RunView.Render(run));
        }

        return ExitCodes.Success;
    }
}
