using System.ComponentModel;
using JobForge.Cli.Configuration;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Jobs;

/// <summary>The options of approve, reject, cancel and rollback: the run and an optional comment (audited).</summary>
internal class RunDecisionSettings : TenantSettings
{
    [CommandArgument(0, "<RUN_ID>")]
    [Description("The run.")]
    public string RunId { get; init; } = string.Empty;

    [CommandOption("-m|--comment <TEXT>")]
    [Description("Why (kept in the audit trail).")]
    public string? Comment { get; init; }
}
