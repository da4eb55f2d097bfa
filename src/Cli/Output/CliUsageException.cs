namespace JobForge.Cli.Output;

/// <summary>The command line or its input is wrong (exit code <see cref="ExitCodes.Usage"/>); the message says how to fix it.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
