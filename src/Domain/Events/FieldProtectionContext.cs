namespace JobForge.Domain.Events;

/// <summary>Whose value is protected: the associated data binds a ciphertext to its tenant and event.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="EventId">The event id.</param>
public sealed record FieldProtectionContext(string TenantId, string EventId)
{
    /// <summary>The AEAD associated data: tenant and event id, newline-separated.</summary>
    public string AssociatedData => TenantId + "\n" + EventId;
}
