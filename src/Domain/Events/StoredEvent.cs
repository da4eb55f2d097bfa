namespace JobForge.Domain.Events;

/// <summary>
/// An accepted event as the store keeps it: the indexed fields, and the envelope document as stored (fields listed in
/// <c>encrypt_fields</c> already encrypted; see <see cref="DocumentJson"/>).
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="EventId">The event id (client idempotency key or generated).</param>
/// <param name="EventType">The event type.</param>
/// <param name="SourceApp">The source app's wire name.</param>
/// <param name="SourceModule">The source module's wire name, if any.</param>
/// <param name="ProjectId">The project, if any.</param>
/// <param name="TraceId">The trace id returned to the client.</param>
/// <param name="IsClientSuppliedEventId">Whether <paramref name="EventId"/> is an idempotency key (deduplicated).</param>
/// <param name="ReceivedAt">When JobForge accepted it.</param>
/// <param name="ExpiresAt">When the retention sweep deletes it.</param>
/// <param name="DocumentJson">The stored envelope as snake_case JSON, at most 1 MiB.</param>
public sealed record StoredEvent(
    string TenantId,
    string EventId,
    string EventType,
    string SourceApp,
    string? SourceModule,
    string? ProjectId,
    string TraceId,
    bool IsClientSuppliedEventId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ExpiresAt,
    string DocumentJson)
{
    /// <summary>When the event happened, as its producer says (<c>occurred_at</c>); what <c>since</c>/<c>until</c> filter on.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
}
