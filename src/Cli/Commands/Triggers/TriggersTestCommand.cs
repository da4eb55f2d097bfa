using System.ComponentModel;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers test TRIGGER_ID [--file body.json]</c>: evaluate now as a dry run (e.g. against a sample event).</summary>
internal sealed class TriggersTestCommand(CliRuntime runtime) : ApiCommand<TriggersTestCommand.Settings>(runtime)
{
    internal sealed class Settings : TriggerIdSettings
    {
        [CommandOption("-f|--file <FILE>")]
        [Description("The test body as JSON (e.g. {\"event\": {…}}); '-' for standard input.")]
        public string? File { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var body = call.Settings.File is null ? null : JsonInput.ReadObject(Runtime, call.Settings.File);
        Console.WriteJson(await call.Client.Triggers.TestAsync(call.Settings.Id, body, call.Tenant, cancellationToken), CliJsonContext.Default.JsonElement);
        return ExitCodes.Success;
    }
}
