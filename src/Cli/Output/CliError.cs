namespace JobForge.Cli.Output;

/// <summary>The error the CLI prints on standard error with <c>--json</c>: <c>{"error": {…}}</c>, like the API's envelope.</summary>
internal sealed record CliError(CliErrorBody Error);
