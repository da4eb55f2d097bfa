using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client;
using JobForge.Client.Models;

namespace JobForge.Cli.Commands.Jobs;

/// <summary>The frame of approve, reject, cancel and rollback: send the signal, print what the server accepted.</summary>
internal abstract class RunDecisionCommand<TSettings>(CliRuntime runtime) : ApiCommand<TSettings>(runtime)
    where TSettings : RunDecisionSettings
{
    protected abstract Task<RunDecision> DecideAsync(JobsClient jobs, TSettings settings, string? tenant, CancellationToken cancellationToken);

    protected override async Task<int> RunAsync(ApiCall<TSettings> call, CancellationToken cancellationToken)
    {
        var decision = await DecideAsync(call.Client.Jobs, call.Settings, call.Tenant, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(decision, CliJsonContext.Default.RunDecision);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("run_id", decision.RunId), ("accepted", decision.Accepted), ("status", decision.Status)));
        }

        return ExitCodes.Success;
    }
}
