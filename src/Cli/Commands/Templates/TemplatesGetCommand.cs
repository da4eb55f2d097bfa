using System.ComponentModel;
using JobForge.Cli.Output;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Templates;

/// <summary><c>jobforge templates get KEY</c>: the template document (always JSON: it is the contract itself).</summary>
internal sealed class TemplatesGetCommand(CliRuntime runtime) : ApiCommand<TemplatesGetCommand.Settings>(runtime)
{
    internal sealed class Settings : TemplateKeySettings
    {
        [CommandOption("--version <VERSION>")]
        [Description("A version (else the current one).")]
        public string? Version { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        Console.WriteJson(await call.Client.Templates.GetAsync(call.Settings.Key, call.Settings.Version, call.Tenant, cancellationToken), CliJsonContext.Default.JsonElement);
        return ExitCodes.Success;
    }
}
