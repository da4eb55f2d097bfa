using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Runs;

/// <summary><c>jobforge runs manifest RUN_ID</c>: the run manifest as a table, JSON, or the server's Markdown report.</summary>
internal sealed class RunsManifestCommand(CliRuntime runtime) : ApiCommand<RunsManifestCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<RUN_ID>")]
        [Description("The run.")]
        public string RunId { get; init; } = string.Empty;

        [CommandOption("-o|--output <FORMAT>")]
        [Description("table (default), json, or markdown (the server's report).")]
        public string Output { get; init; } = "table";

        [CommandOption("--include-environment")]
        [Description("With --output markdown: add the Environment section.")]
        public bool IncludeEnvironment { get; init; }

        public override ValidationResult Validate() => Output is "table" or "json" or "markdown"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--output takes table, json or markdown, not '{Output}'.");
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        if (s.Output == "markdown")
        {
            Console.WriteRaw(await call.Client.Artifacts.GetManifestMarkdownAsync(s.RunId, s.IncludeEnvironment, call.Tenant, cancellationToken));
            return ExitCodes.Success;
        }

        var manifest = await call.Client.Artifacts.GetManifestAsync(s.RunId, call.Tenant, cancellationToken);
        if (s.Json || s.Output == "json")
        {
            Console.WriteJson(manifest, CliJsonContext.Default.RunManifest);
            return ExitCodes.Success;
        }

        Console.Out.Write(CliTable.Fields(("run_id", manifest.RunId), ("job_type", manifest.JobType), ("status", manifest.Status),
            ("tenant_id", manifest.TenantId), ("created_at", Durations.Time(manifest.CreatedAt)), ("inputs", manifest.InputsSnapshotRef), ("logs", manifest.LogsRef)));
        var outputs = CliTable.Create("Output", "Type", "Size", "Checksum");
        foreach (var artifact in manifest.Outputs)
        {
            outputs.Row(artifact.Name, artifact.Type, artifact.Size.ToString(System.Globalization.CultureInfo.InvariantCulture), artifact.Checksum);
        }

        Console.Out.Write(outputs);
        return ExitCodes.Success;
    }
}
