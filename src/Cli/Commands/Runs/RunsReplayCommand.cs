using System.ComponentModel;
using System.Text.Json;
using JobForge.Cli.Configuration;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Runs;

/// <summary>
/// <c>jobforge runs replay RUN_ID</c>: replay the run's bundle as a dry run and compare (exit 1 when it differs);
/// <c>--bundle</c> prints the bundle instead; <c>runs replay --import FILE</c> replays a saved bundle.
/// </summary>
internal sealed class RunsReplayCommand(CliRuntime runtime) : ApiCommand<RunsReplayCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "[RUN_ID]")]
        [Description("The run (not with --import).")]
        public string? RunId { get; init; }

        [CommandOption("--bundle")]
        [Description("Print the run's replay bundle (JSON) instead of replaying it; save it to replay elsewhere with --import.")]
        public bool Bundle { get; init; }

        [CommandOption("--import <FILE>")]
        [Description("Replay a saved bundle from this file ('-' for standard input) as a dry run.")]
        public string? Import { get; init; }

        public override ValidationResult Validate() => (RunId, Import) switch
        {
            (null, null) => ValidationResult.Error("Name a RUN_ID, or --import a bundle file."),
            (not null, not null) => ValidationResult.Error("Give a RUN_ID or --import, not both."),
            (null, _) when Bundle => ValidationResult.Error("--bundle needs a RUN_ID."),
            _ => ValidationResult.Success(),
        };
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        if (s.Bundle)
        {
            Console.WriteJson(await call.Client.Replays.GetBundleAsync(s.RunId!, call.Tenant, cancellationToken), CliJsonContext.Default.JsonElement);
            return ExitCodes.Success;
        }

        ReplayResult result;
        if (s.Import is not null)
        {
            var bundle = JsonInput.ReadObject(Runtime, s.Import)!;
            result = await call.Client.Replays.ImportAsync(JsonSerializer.SerializeToElement(bundle, CliJsonContext.Default.JsonNode), cancellationToken);
        }
        else
        {
            result = await call.Client.Replays.DryRunAsync(s.RunId!, call.Tenant, cancellationToken);
        }

        if (s.Json)
        {
            Console.WriteJson(result, CliJsonContext.Default.ReplayResult);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("run_id", result.RunId), ("identical", result.Identical ? "yes" : "no"), ("replayed_status", result.ReplayedStatus)));
            if (result.Differences.Count > 0)
            {
                var table = CliTable.Create("Step", "Path", "Recorded", "Replayed");
                foreach (var d in result.Differences)
                {
                    table.Row(d.StepId, d.Path, d.Recorded?.GetRawText(), d.Replayed?.GetRawText());
                }

                Console.Out.Write(table);
            }
        }

        return result.Identical ? ExitCodes.Success : ExitCodes.Negative;
    }
}
