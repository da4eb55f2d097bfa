using System.Text.Json;

namespace JobForge.Cli.Output;

/// <summary>The body of <see cref="CliError"/>: the envelope's type, message, details and trace id, the HTTP status and the exit code.</summary>
internal sealed record CliErrorBody(string Type, string Message, JsonElement? Details, string? TraceId, int? Status, int ExitCode);
