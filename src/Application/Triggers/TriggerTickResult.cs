namespace JobForge.Application.Triggers;

/// <summary>What one scheduler tick did.</summary>
/// <param name="IsLeader">Whether this instance holds the lease after the tick.</param>
/// <param name="Evaluated">Slots evaluated (fired or not).</param>
/// <param name="WakeAt">When the next tick is needed.</param>
public sealed record TriggerTickResult(bool IsLeader, int Evaluated, DateTimeOffset WakeAt);
