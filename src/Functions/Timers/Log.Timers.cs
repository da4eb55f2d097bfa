using Microsoft.Extensions.Logging;

namespace JobForge.Functions.Timers;

/// <summary>Timer function log events (ids 3100–3119). Counts and instants only.</summary>
internal static partial class TimersLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Timer function {Function} is past due (last {Last}); the tick catches up from the stored checkpoints")]
    public static partial void PastDue(ILogger logger, string function, DateTime? last);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Trigger scheduler tick: leader {IsLeader}, {Evaluated} slot(s) evaluated")]
    public static partial void SchedulerTicked(ILogger logger, bool isLeader, int evaluated);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "The trigger scheduler is off (JobForge:Triggers:Scheduler:Enabled is false): the timer does nothing")]
    public static partial void SchedulerOff(ILogger logger);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Outbox tick: {Published} published, {Completed} completed in {Ticks} dispatch step(s)")]
    public static partial void OutboxTicked(ILogger logger, int published, int completed, int ticks);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Debug, Message = "Nothing reads the outbox (publishing off, no observers): the timer does nothing")]
    public static partial void OutboxOff(ILogger logger);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "Sweep {Function} deleted {Deleted} row(s)")]
    public static partial void Swept(ILogger logger, string function, int deleted);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "Run recovery scan scheduled or woke {Runs} run(s)")]
    public static partial void RecoveryScanned(ILogger logger, int runs);
}
