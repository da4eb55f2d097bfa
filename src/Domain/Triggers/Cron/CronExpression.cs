namespace JobForge.Domain.Triggers.Cron;

/// <summary>
/// A parsed cron expression: five fields (<c>minute hour day-of-month month day-of-week</c>) or six with a leading
/// <c>second</c>. Each field takes <c>*</c>, numbers, ranges <c>a-b</c>, steps <c>*/n</c>, <c>a-b/n</c> and <c>a/n</c>
/// (from a to the field's end), and lists <c>a,b,c</c>; months take <c>JAN</c>–<c>DEC</c> and weekdays <c>SUN</c>–<c>SAT</c>
/// (case-insensitive); day-of-week is 0–7 with 0 and 7 both Sunday; <c>?</c> means <c>*</c> in the two day fields.
/// When both day fields are restricted (neither is a lone <c>*</c> or <c>?</c>), a day matches if EITHER matches.
/// </summary>
/// <remarks>
/// <para>Time zones: the expression is matched against the local wall-clock time of the zone passed in. A local time
/// that does not exist (spring-forward gap, e.g. 02:30 in Europe/Berlin on the last Sunday of March) fires once, at the
/// first instant after the gap (03:00 CEST); several such times in one gap fire once together. A local time that occurs
/// twice (fall-back overlap) fires once, at its FIRST occurrence; the repeated pass of those local times never fires,
/// including for schedules such as <c>*/15 * * * *</c>. So a schedule never fires twice for one local time and never
/// silently skips one. UTC and fixed-offset zones have neither case.</para>
/// <para>Pure: no clock is read; every instant comes in as a parameter. Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class CronExpression
{
    private static readonly TimeSpan s_horizon = TimeSpan.FromDays((365 * 5) + 2);
    private static readonly DateTimeOffset s_earliest = new(2, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_latest = new(9998, 12, 31, 0, 0, 0, TimeSpan.Zero);
    private readonly CronSchedule _schedule;

    internal CronExpression(string text, bool hasSeconds, CronSchedule schedule)
    {
        Text = text;
        HasSeconds = hasSeconds;
        _schedule = schedule;
    }

    /// <summary>The expression as parsed, with its fields separated by single spaces.</summary>
    public string Text { get; }

    /// <summary>Whether this is the six-field form (with a leading seconds field).</summary>
    public bool HasSeconds { get; }

    /// <summary>
    /// Parses <paramref name="text"/>; never throws. Errors name the field and the offending token, e.g.
    /// <c>field 2 (hour): 24 is out of range 0–23</c>, <c>expected 5 or 6 fields, got 7</c>, or <c>never fires</c> for
    /// dates that cannot occur such as <c>0 0 30 2 *</c>. Texts longer than 256 characters are rejected.
    /// </summary>
    public static CronParseResult Parse(string? text) => CronParser.Parse(text);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, evaluated in the wall-clock time of
    /// <paramref name="zone"/> (see the remarks on the type for gaps and overlaps); its <see cref="DateTimeOffset.Offset"/>
    /// is the zone's offset at that instant. Null when there is none within five years.
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (after.UtcDateTime.Year > 9997)
        {
            return null;
        }

        if (after < s_earliest)
        {
            after = s_earliest; // instants in year 1 are left out so that offsets never leave the calendar
        }

        var hint = zone.GetUtcOffset(after);
        var limit = after.UtcDateTime.Year > 9990 ? DateTimeOffset.MaxValue : after + s_horizon;
        var local = after.UtcDateTime + hint;
        var start = WholeSeconds(local).AddSeconds(1);
        while (_schedule.NextLocal(start, local.Year + 6 > 9998 ? 9998 : local.Year + 6) is { } candidate)
        {
            var fire = FireInstant(candidate, zone, hint);
            if (fire > limit)
            {
                return null;
            }

            if (fire > after)
            {
                return fire;
            }

            // `after` lies in the second pass of an overlap: the pass's local times fired on the first pass, so the
            // search resumes at the overlap's end rather than second by second.
            start = zone.IsAmbiguousTime(candidate) ? FirstLocalOutside(candidate, zone, static (z, t) => z.IsAmbiguousTime(t)) : candidate.AddSeconds(1);
        }

        return null;
    }

    /// <summary>
    /// The occurrences in (<paramref name="afterExclusive"/>, <paramref name="untilInclusive"/>], in order, at most
    /// <paramref name="max"/> of them (none when <paramref name="max"/> is zero or less).
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Between(DateTimeOffset afterExclusive, DateTimeOffset untilInclusive, TimeZoneInfo zone, int max)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var found = new List<DateTimeOffset>();
        var cursor = afterExclusive;
        while (found.Count < max && cursor < untilInclusive && NextAfter(cursor, zone) is { } next && next <= untilInclusive)
        {
            found.Add(next);
            cursor = next;
        }

        return found;
    }

    private static DateTime WholeSeconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
}
