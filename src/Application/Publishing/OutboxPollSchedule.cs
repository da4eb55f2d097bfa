namespace JobForge.Application.Publishing;

/// <summary>
/// When the dispatcher's next outbox poll is due. The interval is <c>PollInterval</c> while anything happens; each poll
/// that finds nothing on a quiet server doubles it, up to <c>IdlePollInterval</c>; <see cref="Reset"/> (new entries on
/// the fast path, a failure, a poll that found entries) brings it back at once. Not thread-safe; callers lock.
/// </summary>
internal sealed class OutboxPollSchedule(TimeSpan pollInterval, TimeSpan idlePollInterval)
{
    private int _quietPolls;
    private long _resets;

    /// <summary>The earliest instant of the next poll.</summary>
    public DateTimeOffset NextPollAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>
    /// True when a poll is due at <paramref name="now"/>; it is then started: the next one is due a
    /// <c>PollInterval</c> later until <see cref="FoundNothing"/> pushes it out. <paramref name="mark"/> identifies the
    /// poll for <see cref="FoundNothing"/>.
    /// </summary>
    public bool TryStart(DateTimeOffset now, out long mark)
    {
        mark = _resets;
        if (now < NextPollAt)
        {
            return false;
        }

        NextPollAt = now + pollInterval;
        return true;
    }

    /// <summary>
    /// The poll started with <paramref name="mark"/> at <paramref name="now"/> found nothing: with
    /// <paramref name="mayBackOff"/> (a fast path carries new entries) and no reset since it started, the interval doubles.
    /// </summary>
    public void FoundNothing(DateTimeOffset now, long mark, bool mayBackOff)
    {
        if (!mayBackOff || mark != _resets)
        {
            return;
        }

        _quietPolls = Math.Min(_quietPolls + 1, 30);
        NextPollAt = now + QuietInterval(_quietPolls);
    }

    /// <summary>Something may be left over (or is coming): poll at the fast interval again, within one from <paramref name="now"/>.</summary>
    public void Reset(DateTimeOffset now)
    {
        _resets++;
        _quietPolls = 0;
        var fast = now + pollInterval;
        if (NextPollAt > fast)
        {
            NextPollAt = fast;
        }
    }

    /// <summary>Poll again at <paramref name="now"/> (a full page: more is waiting).</summary>
    public void DueNow(DateTimeOffset now)
    {
        Reset(now);
        NextPollAt = now;
    }

    private TimeSpan QuietInterval(int quietPolls)
    {
        var doubled = pollInterval.Ticks * Math.Pow(2, quietPolls);
        return TimeSpan.FromTicks((long)Math.Min(doubled, Math.Max(idlePollInterval.Ticks, pollInterval.Ticks)));
    }
}
