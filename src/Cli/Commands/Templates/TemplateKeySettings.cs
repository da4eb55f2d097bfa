using System.ComponentModel;
using JobForge.Cli.Configuration;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Templates;

/// <summary>The options of the commands on one template: its key.</summary>
internal class TemplateKeySettings : TenantSettings
{
    [CommandArgument(0, "<KEY>")]
    [Description("The template key, e.g. autopilot.ops.scan.")]
    public string Key { get; init; } = string.Empty;
}
