namespace JobForge.Cli.Configuration;

/// <summary>No usable configuration (exit code <see cref="ExitCodes.Configuration"/>); the message says what to set.</summary>
internal sealed class CliConfigurationException(string message) : Exception(message);
