using System.Text.Json;

namespace JobForge.Cli.Tests;

/// <summary>What one run of the CLI did: exit code, standard output, standard error.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output as JSON (for --json commands).</summary>
    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();

    /// <summary>The <c>{"error": …}</c> body the CLI writes on standard error with --json.</summary>
    public JsonElement Error() => JsonDocument.Parse(Stderr).RootElement.GetProperty("error").Clone();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
