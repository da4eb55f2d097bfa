namespace JobForge.Functions.Timers;

/// <summary>
/// The timer functions' six-field NCRONTAB schedules (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, UTC).
/// The scheduler and the outbox tick every 5 s: the scheduler's lease is renewed every 5 s and lasts 15 s, so a tick
/// every 5 s keeps it with two ticks to spare, and a due slot fires at most one interval (plus the tick's own work) late.
/// </summary>
public static class TimerSchedules
{
    /// <summary>The trigger scheduler tick: every 5 s.</summary>
    public const string TriggerScheduler = "*/5 * * * * *";

    /// <summary>The outbox dispatch (publishing and event-trigger evaluation): every 5 s.</summary>
    public const string Outbox = "*/5 * * * * *";

    /// <summary>The event retention sweep: hourly at minute 7 (the server's default interval is an hour).</summary>
    public const string EventRetentionSweep = "0 7 * * * *";

    /// <summary>The policy token revocation sweep: hourly at minute 37 (the server's default interval is an hour).</summary>
    public const string PolicyRevocationSweep = "0 37 * * * *";

    /// <summary>
    /// The run recovery scan: every 15 s. A run accepted while no Durable client was in scope (or whose schedule call was
    /// lost in a crash) starts within this interval; the self-hosted engine's lease expiry is the comparable bound.
    /// </summary>
    public const string RunRecovery = "*/15 * * * * *";

    /// <summary>The scheduler and outbox tick interval, for the lateness bound in docs/triggers.md.</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(5);
}
