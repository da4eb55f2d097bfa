namespace JobForge.Domain.Triggers;

/// <summary>A checkpoint with the trigger it belongs to.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TriggerId">The trigger.</param>
/// <param name="Checkpoint">The checkpoint.</param>
public sealed record StoredCheckpoint(string TenantId, string TriggerId, TriggerCheckpoint Checkpoint);
