using System.Text.Json;

namespace JobForge.Client;

/// <summary>The body of <see cref="ErrorEnvelope"/>.</summary>
internal sealed record ErrorBody(string? Type, string? Message, JsonElement? Details, DateTimeOffset? Timestamp, string? TraceId);
