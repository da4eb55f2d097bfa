namespace JobForge.Domain.Triggers.Cron;

/// <summary>One field's name, value range and optional three-letter names (index in the array = value offset).</summary>
internal sealed record CronField(string Name, int Min, int Max, int StarMax, string[]? Names, bool AllowsQuestionMark)
{
    private static readonly string[] s_months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] s_weekdays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static CronField Second { get; } = new("second", 0, 59, 59, null, false);

    public static CronField Minute { get; } = new("minute", 0, 59, 59, null, false);

    public static CronField Hour { get; } = new("hour", 0, 23, 23, null, false);

    public static CronField DayOfMonth { get; } = new("day-of-month", 1, 31, 31, null, true);

    public static CronField Month { get; } = new("month", 1, 12, 12, s_months, false);

    /// <summary>0–7 where 0 and 7 are Sunday; <c>*</c> means 0–6.</summary>
    public static CronField DayOfWeek { get; } = new("day-of-week", 0, 7, 6, s_weekdays, true);

    /// <summary>The value of a name (case-insensitive), or -1.</summary>
    public int ValueOfName(ReadOnlySpan<char> token)
    {
        if (Names is null)
        {
            return -1;
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (token.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                return Min + i;
            }
        }

        return -1;
    }
}
