namespace JobForge.Domain.Events;

/// <summary>
/// When a stored event expires. The client's <c>redaction_hints.retention_days</c> wins when given (the parser
/// bounds it to 1–3650 days), even for personal data; otherwise events with <c>contains_pii</c> keep the shorter
/// <c>piiRetention</c> and all others <c>defaultRetention</c>. Retention counts from the receive time, not from
/// <c>occurred_at</c>, which the client controls.
/// </summary>
public static class RetentionPolicy
{
    /// <summary>The expiry of <paramref name="envelope"/> received at <paramref name="receivedAt"/>; clamped to <see cref="DateTimeOffset.MaxValue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A retention is not positive, <paramref name="piiRetention"/> is longer than <paramref name="defaultRetention"/>,
    /// or the envelope's retention days are outside 1–3650.
    /// </exception>
    public static DateTimeOffset ExpiresAt(EventEnvelope envelope, DateTimeOffset receivedAt, TimeSpan defaultRetention, TimeSpan piiRetention)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(defaultRetention, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(piiRetention, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(piiRetention, defaultRetention);

        TimeSpan retention;
        if (envelope.RedactionHints?.RetentionDays is { } days)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(days, RedactionHints.MinRetentionDays, nameof(envelope));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(days, RedactionHints.MaxRetentionDays, nameof(envelope));
            retention = TimeSpan.FromDays(days);
        }
        else
        {
            retention = envelope.ContainsPii ? piiRetention : defaultRetention;
        }

        return receivedAt > DateTimeOffset.MaxValue - retention ? DateTimeOffset.MaxValue : receivedAt + retention;
    }
}
