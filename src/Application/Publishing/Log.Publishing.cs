namespace JobForge.Application.Publishing;

/// <summary>Outbox dispatcher log events (ids 1100–1199). Counts and entry ids only; never bodies.</summary>
internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Outbox dispatcher started: polling every {PollInterval}, backing off to {IdlePollInterval} while idle, batches of {BatchSize}")]
    public static partial void Started(ILogger logger, TimeSpan pollInterval, TimeSpan idlePollInterval, int batchSize);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Published and completed {Count} outbox entries")]
    public static partial void Published(ILogger logger, int count);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Publishing {Count} outbox entries failed (failure {Failures} in a row); retrying in {Delay}, entries stay pending")]
    public static partial void PublishFailed(ILogger logger, int count, int failures, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Completing {Count} published outbox entries failed; they stay pending and will be published again with the same message ids (retry in {Delay})")]
    public static partial void CompleteFailed(ILogger logger, int count, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Polling the outbox failed (failure {Failures} in a row); retrying in {Delay}")]
    public static partial void PollFailed(ILogger logger, int failures, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Error, Message = "The publisher rejected outbox entry {EntryId}; it stays pending and this server will not retry it")]
    public static partial void Rejected(ILogger logger, string entryId, Exception exception);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "Publishing recovered after {Failures} failed attempts")]
    public static partial void Recovered(ILogger logger, int failures);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Reading newly appended outbox entries failed; the poll still finds them. Restarting the fast path in {Delay}")]
    public static partial void FastPathFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Event publishing is off (JobForge:Publishing:Mode is None) and nothing observes the outbox: outbox entries stay pending")]
    public static partial void PublishingOff(ILogger logger);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "Outbox dispatcher tick failed unexpectedly")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "An outbox observer failed; publishing goes on")]
    public static partial void ObserverFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Event publishing is off (JobForge:Publishing:Mode is None): the outbox dispatcher feeds the outbox observers (event triggers) every {PollInterval} and completes entries without sending them (backing off to {IdlePollInterval} while idle)")]
    public static partial void ObservingOnly(ILogger logger, TimeSpan pollInterval, TimeSpan idlePollInterval);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "An outbox observer could not finish {Count} entries because storage is unavailable; they stay pending and are observed again (retry in {Delay})")]
    public static partial void ObserverUnavailable(ILogger logger, int count, TimeSpan delay);
}
