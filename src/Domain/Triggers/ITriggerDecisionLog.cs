namespace JobForge.Domain.Triggers;

/// <summary>Every evaluation of every trigger, per tenant and trigger, newest first.</summary>
public interface ITriggerDecisionLog
{
    /// <summary>Appends <paramref name="record"/> (whose tenant must be <paramref name="tenantId"/>).</summary>
    Task AppendAsync(string tenantId, TriggerDecisionRecord record, CancellationToken cancellationToken = default);

    /// <summary>The trigger's decisions, newest first, a page at a time.</summary>
    /// <exception cref="ArgumentException">The cursor was not issued by this log.</exception>
    Task<TriggerDecisionPage> ListAsync(string tenantId, string triggerId, string? cursor, int pageSize, CancellationToken cancellationToken = default);
}
