namespace JobForge.Domain.Triggers.Cron;

/// <summary>The outcome of <see cref="CronExpression.Parse"/>: an expression, or an error naming the field and token.</summary>
/// <param name="Expression">The parsed expression, or null when the text is not valid.</param>
/// <param name="Error">A precise, user-facing message (e.g. <c>field 2 (hour): 24 is out of range 0–23</c>), or null on success.</param>
/// <param name="FieldIndex">
/// The 1-based position of the offending field in the text as written (the same number as in <paramref name="Error"/>),
/// or null when the error is not about one field (empty, too long, wrong field count).
/// </param>
public sealed record CronParseResult(CronExpression? Expression, string? Error, int? FieldIndex)
{
    /// <summary>Whether the text parsed.</summary>
    public bool IsSuccess => Expression is not null;

    internal static CronParseResult Fail(string error, int? fieldIndex = null) => new(null, error, fieldIndex);
}
