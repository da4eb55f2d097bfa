using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Runs;

/// <summary><c>jobforge runs artifacts RUN_ID [--name NAME [--out FILE]]</c>: list a run's artifacts, or fetch one.</summary>
internal sealed class RunsArtifactsCommand(CliRuntime runtime) : ApiCommand<RunsArtifactsCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<RUN_ID>")]
        [Description("The run.")]
        public string RunId { get; init; } = string.Empty;

        [CommandOption("--name <NAME>")]
        [Description("Fetch this artifact's content (to standard output, or --out).")]
        public string? Name { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("With --name: write the content to this file.")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        if (s.Name is not null)
        {
            var content = await call.Client.Artifacts.GetContentAsync(s.RunId, s.Name, call.Tenant, cancellationToken);
            if (s.Out is null)
            {
                Console.WriteBytes(content);
            }
            else
            {
                await File.WriteAllBytesAsync(s.Out, content, cancellationToken);
                Console.ErrorWriter.WriteLine($"Wrote {content.Length} bytes to {s.Out}.");
            }

            return ExitCodes.Success;
        }

        var list = await call.Client.Artifacts.ListAsync(s.RunId, call.Tenant, cancellationToken);
        if (s.Json)
        {
            Console.WriteJson(list, CliJsonContext.Default.ArtifactList);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Name", "Type", "Media type", "Size", "Checksum");
        foreach (var artifact in list.Artifacts)
        {
            table.Row(artifact.Name, artifact.Type, artifact.MimeType, artifact.Size.ToString(System.Globalization.CultureInfo.InvariantCulture), artifact.Checksum);
        }

        Console.Out.Write(table);
        return ExitCodes.Success;
    }
}
