namespace JobForge.Domain.Events;

/// <summary>What the HTTP layer knows about an event request besides its body.</summary>
/// <param name="Now">The receive time, from the host's <see cref="TimeProvider"/>; the default <c>occurred_at</c>.</param>
/// <param name="IdGenerator">Generates the event id and trace id when the request supplies none.</param>
/// <param name="IdempotencyKeyHeader">The <c>Idempotency-Key</c> header, or <see langword="null"/> when absent.</param>
/// <param name="TraceParentHeader">The W3C <c>traceparent</c> header, or <see langword="null"/> when absent.</param>
public sealed record EventRequestContext(
    DateTimeOffset Now,
    IIdGenerator IdGenerator,
    string? IdempotencyKeyHeader = null,
    string? TraceParentHeader = null)
{
    /// <summary>The path used in problems about the <c>Idempotency-Key</c> header.</summary>
    public const string IdempotencyKeyHeaderPath = "header:Idempotency-Key";
}
