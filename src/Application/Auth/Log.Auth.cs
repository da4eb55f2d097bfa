namespace JobForge.Application.Auth;

/// <summary>Authentication log events (ids 4100–4199 of the policy/auth block). Key ids only, never secrets.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Authentication failed: {Reason} (key {KeyId}, trace {TraceId})")]
    public static partial void AuthenticationFailed(ILogger logger, string reason, string? keyId, string traceId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Could not write the audit record {Action}")]
    public static partial void AuditWriteFailed(ILogger logger, string action, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "API key lookup failed: storage answered {Status} {ErrorCode} (trace {TraceId})")]
    public static partial void KeyLookupFailed(ILogger logger, int status, string? errorCode, string traceId, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "API key {NewKeyId} created for tenant {TenantId} by key {CallerKeyId}")]
    public static partial void KeyCreated(ILogger logger, string newKeyId, string tenantId, string callerKeyId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "API key {RevokedKeyId} revoked by key {CallerKeyId}")]
    public static partial void KeyRevoked(ILogger logger, string revokedKeyId, string callerKeyId);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Client {Client} throttled after {Failures} failed authentications")]
    public static partial void ClientThrottled(ILogger logger, string client, int failures);
}
