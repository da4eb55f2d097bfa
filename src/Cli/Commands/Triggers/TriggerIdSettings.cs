using System.ComponentModel;
using JobForge.Cli.Configuration;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Triggers;

/// <summary>The options of the commands on one trigger: its id.</summary>
internal class TriggerIdSettings : TenantSettings
{
    [CommandArgument(0, "<TRIGGER_ID>")]
    [Description("The trigger id.")]
    public string Id { get; init; } = string.Empty;
}
