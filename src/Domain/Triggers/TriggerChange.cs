namespace JobForge.Domain.Triggers;

/// <summary>One entry of the change feed: a trigger was created, changed or deleted (re-read it to learn which).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TriggerId">The trigger.</param>
/// <param name="At">When the change was recorded (by the writing server's clock).</param>
/// <param name="Position">An opaque, increasing position to read on from.</param>
public sealed record TriggerChange(string TenantId, string TriggerId, DateTimeOffset At, string Position);
