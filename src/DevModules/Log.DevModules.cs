namespace JobForge.DevModules;

/// <summary>The host's log messages (event ids 9100–9199).</summary>
internal static partial class DevModulesLog
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Information, Message = "Answered {Module}/{Operation} (idempotency key {IdempotencyKey})")]
    public static partial void Answered(ILogger logger, string module, string operation, string idempotencyKey);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Refused {Module}/{Operation}: the request signature does not verify")]
    public static partial void SignatureRefused(ILogger logger, string module, string operation);
}
