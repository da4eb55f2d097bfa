namespace JobForge.Client;

/// <summary>The server's error envelope <c>{"error":{type,message,details,timestamp,trace_id}}</c>.</summary>
internal sealed record ErrorEnvelope(ErrorBody? Error);
