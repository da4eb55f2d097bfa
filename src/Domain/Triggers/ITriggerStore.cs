namespace JobForge.Domain.Triggers;

/// <summary>Where triggers are kept, per tenant. Every write is also recorded in the change feed (<see cref="ITriggerIndexSource"/>).</summary>
public interface ITriggerStore
{
    /// <summary>Stores a new trigger (<see cref="Trigger.TenantId"/> must be <paramref name="tenantId"/>).</summary>
    Task<TriggerWriteResult> CreateAsync(string tenantId, Trigger trigger, CancellationToken cancellationToken = default);

    /// <summary>The tenant's trigger; null when absent, another tenant's, or the id is malformed.</summary>
    Task<StoredTrigger?> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the trigger if its stored version is <paramref name="ifVersion"/> (any version when null).</summary>
    Task<TriggerWriteResult> UpdateAsync(string tenantId, Trigger trigger, string? ifVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes the trigger; false when it was not there.</summary>
    Task<bool> DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's triggers in id order, a page at a time.</summary>
    /// <exception cref="ArgumentException">The cursor was not issued by this store.</exception>
    Task<TriggerPage> ListAsync(string tenantId, string? cursor, int pageSize, CancellationToken cancellationToken = default);
}
