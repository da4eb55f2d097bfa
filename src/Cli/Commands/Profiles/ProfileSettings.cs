using System.ComponentModel;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Profiles;

/// <summary>The options of the profile commands: which profile, and JSON output.</summary>
internal class ProfileSettings : CommandSettings
{
    [CommandArgument(0, "[NAME]")]
    [Description("The profile (default: 'default').")]
    public string Name { get; init; } = Configuration.ProfileStore.DefaultName;

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
