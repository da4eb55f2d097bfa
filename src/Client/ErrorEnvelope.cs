using System.Text.Json;

namespace JobForge.Client;

/// <summary>The server's error envelope <c>{"error":{type,message,details,timestamp,trace_id}}</c>.</summary>
internal sealed record ErrorEnvelope(ErrorBody? Error);

/// <summary>The body of <see cref="ErrorEnvelope"/>.</summary>
internal sealed record ErrorBody(string? Type, string? Message, JsonElement? Details, DateTimeOffset? Timestamp, string? TraceId);
