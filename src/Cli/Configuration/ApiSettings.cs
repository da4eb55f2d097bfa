using System.ComponentModel;
using Spectre.Console.Cli;

namespace JobForge.Cli.Configuration;

/// <summary>The options every command that calls the API takes: where, with which key, and how to print.</summary>
internal class ApiSettings : CommandSettings
{
    [CommandOption("--url <URL>")]
    [Description("The server's base URL (else JOBFORGE_URL, else the profile).")]
    public string? Url { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description("The API key (else JOBFORGE_API_KEY, else the profile). Prefer the environment or a profile: arguments show in process lists.")]
    public string? ApiKey { get; init; }

    [CommandOption("--profile <NAME>")]
    [Description("The profile to read (else JOBFORGE_PROFILE, else 'default').")]
    public string? Profile { get; init; }

    [CommandOption("--json")]
    [Description("Print machine-readable JSON (snake_case, as the API answers) instead of tables.")]
    public bool Json { get; init; }
}
