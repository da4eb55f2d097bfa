namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers get TRIGGER_ID</c>.</summary>
internal sealed class TriggersGetCommand(CliRuntime runtime) : ApiCommand<TriggerIdSettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<TriggerIdSettings> call, CancellationToken cancellationToken)
    {
        TriggerView.Write(Console, await call.Client.Triggers.GetAsync(call.Settings.Id, call.Tenant, cancellationToken), call.Settings.Json);
        return ExitCodes.Success;
    }
}
