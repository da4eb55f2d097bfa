using System.ComponentModel;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers update TRIGGER_ID --file patch.json [--if-match VERSION]</c>: change the given fields.</summary>
internal sealed class TriggersUpdateCommand(CliRuntime runtime) : ApiCommand<TriggersUpdateCommand.Settings>(runtime)
{
    internal sealed class Settings : TriggerIdSettings
    {
        [CommandOption("-f|--file <FILE>")]
        [Description("The fields to change as JSON; '-' or piped input for standard input.")]
        public string? File { get; init; }

        [CommandOption("--set <NAME=VALUE>")]
        [Description("One field to change, repeatable (VALUE read as JSON when it parses: enabled=false).")]
        public string[] Set { get; init; } = [];

        [CommandOption("--if-match <VERSION>")]
        [Description("Only if the trigger is still at this version (409 otherwise).")]
        public string? IfMatch { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var patch = (s.File is null && s.Set.Length > 0 ? null : JsonInput.ReadObject(Runtime, s.File)) ?? new System.Text.Json.Nodes.JsonObject();
        foreach (var (name, value) in JsonInput.Pairs(s.Set, "--set"))
        {
            patch[name] = value?.DeepClone();
        }

        if (patch.Count == 0)
        {
            throw new CliUsageException("Nothing to change: give --file FILE, piped JSON, or --set NAME=VALUE.");
        }

        TriggerView.Write(Console, await call.Client.Triggers.UpdateAsync(s.Id, patch, s.IfMatch, call.Tenant, cancellationToken), s.Json);
        return ExitCodes.Success;
    }
}
