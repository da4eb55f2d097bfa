using System.ComponentModel;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Templates;

/// <summary><c>jobforge templates export-github KEY [--out FILE]</c>: the template as a GitHub Actions workflow (YAML).</summary>
internal sealed class TemplatesExportGitHubCommand(CliRuntime runtime) : ApiCommand<TemplatesExportGitHubCommand.Settings>(runtime)
{
    internal sealed class Settings : TemplateKeySettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Write the workflow to this file (else standard output).")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var yaml = await call.Client.Templates.ExportGitHubWorkflowAsync(call.Settings.Key, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(new GitHubWorkflowExport(call.Settings.Key, yaml), Output.CliJsonContext.Default.GitHubWorkflowExport);
        }
        else if (call.Settings.Out is { } file)
        {
            await File.WriteAllTextAsync(file, yaml, cancellationToken);
            Console.ErrorWriter.WriteLine($"Wrote {file}.");
        }
        else
        {
            Console.WriteRaw(yaml);
        }

        return ExitCodes.Success;
    }
}
