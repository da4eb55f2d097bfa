namespace JobForge.Domain.Triggers;

/// <summary>
/// What schedulers and event evaluators load their in-memory indexes from: every trigger across tenants (at start or
/// election), then the change feed. System-level by design: the indexes serve every tenant; every record carries its tenant.
/// </summary>
public interface ITriggerIndexSource
{
    /// <summary>Every stored trigger of <paramref name="type"/>, a page at a time (cursor opaque; null to start).</summary>
    Task<TriggerPage> ScanAsync(TriggerType type, string? cursor, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Changes recorded at or after <paramref name="since"/> (oldest first, at most <paramref name="max"/>).
    /// Readers overlap their reads by the clock skew they tolerate and ignore changes they saw.</summary>
    Task<IReadOnlyList<TriggerChange>> ReadChangesAsync(DateTimeOffset since, int max, CancellationToken cancellationToken = default);
}
