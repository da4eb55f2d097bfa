namespace JobForge.Domain.Triggers.Cron;

/// <summary>The outcome of <see cref="CronExpression.Parse"/>: an expression, or an error naming the field.</summary>
/// <param name="Expression">The parsed expression, when valid.</param>
/// <param name="Error">The problem, when invalid.</param>
/// <param name="FieldIndex">The zero-based field the problem is in, when known.</param>
public sealed record CronParseResult(CronExpression? Expression, string? Error, int? FieldIndex)
{
    /// <summary>Whether parsing succeeded.</summary>
    public bool IsSuccess => Expression is not null;
}
