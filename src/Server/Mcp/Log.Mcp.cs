namespace JobForge.Server.Mcp;

/// <summary>MCP endpoint log events (ids 4150–4159 of the auth block). Key ids only, never secrets.</summary>
internal static partial class McpLog
{
    [LoggerMessage(EventId = 4150, Level = LogLevel.Debug, Message = "MCP authentication failed: {Reason} (key {KeyId}, trace {TraceId})")]
    public static partial void AuthenticationFailed(ILogger logger, string reason, string? keyId, string traceId);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Warning, Message = "MCP API key lookup failed: storage answered {Status} {ErrorCode} (trace {TraceId})")]
    public static partial void KeyLookupFailed(ILogger logger, int status, string? errorCode, string traceId, Exception exception);

    [LoggerMessage(EventId = 4152, Level = LogLevel.Warning, Message = "MCP client {Client} throttled after {Failures} failed authentications")]
    public static partial void ClientThrottled(ILogger logger, string client, int failures);
}
