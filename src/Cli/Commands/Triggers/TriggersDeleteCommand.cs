using JobForge.Cli.Output;
using Spectre.Console;

namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers delete TRIGGER_ID</c>.</summary>
internal sealed class TriggersDeleteCommand(CliRuntime runtime) : ApiCommand<TriggerIdSettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<TriggerIdSettings> call, CancellationToken cancellationToken)
    {
        await call.Client.Triggers.DeleteAsync(call.Settings.Id, call.Tenant, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(new DeletedTrigger(call.Settings.Id, true), CliJsonContext.Default.DeletedTrigger);
        }
        else
        {
            Console.Out.WriteLine($"Deleted trigger {call.Settings.Id}.");
        }

        return ExitCodes.Success;
    }
}
