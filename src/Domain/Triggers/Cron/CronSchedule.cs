using System.Numerics;

namespace JobForge.Domain.Triggers.Cron;

/// <summary>
/// The matching rules of an expression as one bitmask per field, and a wall-clock search that jumps field by field
/// (month, then day, hour, minute, second) instead of stepping second by second. Knows nothing about time zones.
/// </summary>
internal sealed partial class CronSchedule
{
    private readonly ulong _seconds;
    private readonly ulong _minutes;
    private readonly ulong _hours;
    private readonly ulong _daysOfMonth;
    private readonly ulong _months;
    private readonly bool _eitherDay;

    /// <summary>For each weekday of the 1st of a month (0 = Sunday), the days 1–31 whose weekday matches.</summary>
    private readonly ulong[] _weekdayDaysByFirstWeekday = new ulong[7];

    public CronSchedule(ulong seconds, ulong minutes, ulong hours, ulong daysOfMonth, ulong months, ulong daysOfWeek, bool eitherDay)
    {
        _seconds = seconds;
        _minutes = minutes;
        _hours = hours;
        _daysOfMonth = daysOfMonth;
        _months = months;
        _eitherDay = eitherDay;
        var weekdays = (daysOfWeek | (daysOfWeek >> 7)) & 0x7F;
        for (var first = 0; first < 7; first++)
        {
            for (var day = 1; day <= 31; day++)
            {
                if ((weekdays & (1UL << ((first + day - 1) % 7))) != 0)
                {
                    _weekdayDaysByFirstWeekday[first] |= 1UL << day;
                }
            }
        }
    }

    /// <summary>The days (bits 1–31) of a month that match, by the day-of-month / day-of-week rule.</summary>
    private ulong DaysIn(int year, int month)
    {
        var inMonth = ((1UL << (DateTime.DaysInMonth(year, month) + 1)) - 1) & ~1UL;
        var firstWeekday = (int)new DateTime(year, month, 1).DayOfWeek;
        var byWeekday = _weekdayDaysByFirstWeekday[firstWeekday];
        var days = _eitherDay ? _daysOfMonth | byWeekday : _daysOfMonth & byWeekday;
        return days & inMonth;
    }

    /// <summary>The lowest set bit at or above <paramref name="value"/>, or -1.</summary>
    private static int NextBit(ulong mask, int value)
    {
        if (value > 63)
        {
            return -1;
        }

        var rest = mask & (ulong.MaxValue << value);
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }

    /// <summary>The highest set bit at or below <paramref name="value"/>, or -1.</summary>
    private static int PreviousBit(ulong mask, int value)
    {
        if (value < 0)
        {
            return -1;
        }

        var rest = value >= 63 ? mask : mask & ((1UL << (value + 1)) - 1);
        return rest == 0 ? -1 : 63 - BitOperations.LeadingZeroCount(rest);
    }
}
