namespace JobForge.Application.Policy;

/// <summary>Policy token log messages (event ids 4200–4299). Never the token, the secrets or the context.</summary>
internal static partial class PolicyLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Policy token {Jti} issued for tenant {TenantId}, action {Action}, by key {KeyId}")]
    public static partial void TokenIssued(ILogger logger, string jti, string tenantId, string action, string? keyId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Policy check denied for action {Action}: {Reason}")]
    public static partial void CheckDenied(ILogger logger, string action, string reason);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Policy token {Jti} revoked by key {KeyId}")]
    public static partial void TokenRevoked(ILogger logger, string jti, string? keyId);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Policy token issuing refused: no secret is configured; set {Setting}")]
    public static partial void NoSecret(ILogger logger, string setting);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Information, Message = "Swept {Count} expired policy token rows")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, Message = "Sweeping expired policy token rows failed")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
