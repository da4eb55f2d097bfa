namespace JobForge.Infra.Tests;

/// <summary>What one Bicep CLI invocation did.</summary>
public sealed record BicepResult(string Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything the CLI printed, for assertion messages.</summary>
    public string Describe() =>
        $"bicep {Arguments} exited {ExitCode}.\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
