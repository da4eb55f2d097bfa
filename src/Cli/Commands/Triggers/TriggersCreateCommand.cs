using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers create --file trigger.json</c>: create a cron or event trigger from its JSON definition.</summary>
internal sealed class TriggersCreateCommand(CliRuntime runtime) : ApiCommand<TriggersCreateCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandOption("-f|--file <FILE>")]
        [Description("The trigger JSON (docs/triggers.md); '-' or piped input for standard input. tenant_id is filled from --tenant when absent.")]
        public string? File { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var definition = JsonInput.ReadObject(Runtime, call.Settings.File)
            ?? throw new CliUsageException("Give the trigger JSON with --file FILE or on standard input.");
        if (!definition.ContainsKey("tenant_id") && call.Tenant is { } tenant)
        {
            definition["tenant_id"] = tenant;
        }

        TriggerView.Write(Console, await call.Client.Triggers.CreateAsync(definition, cancellationToken), call.Settings.Json);
        return ExitCodes.Success;
    }
}
