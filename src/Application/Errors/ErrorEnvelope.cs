using System.Text.Json.Serialization;

namespace JobForge.Application.Errors;

/// <summary>
/// JobForge's error envelope, the body of every 4xx and 5xx:
/// <c>{"error": {"type", "message", "details", "timestamp", "trace_id"}}</c>.
/// </summary>
/// <param name="Error">The error.</param>
public sealed record ErrorEnvelope([property: JsonPropertyName("error")] ErrorBody Error);
