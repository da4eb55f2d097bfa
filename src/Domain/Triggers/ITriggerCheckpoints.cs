namespace JobForge.Domain.Triggers;

/// <summary>Per cron trigger checkpoints, advanced conditionally so a deposed scheduler cannot move one back.</summary>
public interface ITriggerCheckpoints
{
    /// <summary>The trigger's checkpoint; null when none was written.</summary>
    Task<TriggerCheckpoint?> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the checkpoint to <paramref name="handledThrough"/> if the stored one is still <paramref name="read"/> (null:
    /// only if none exists). Returns the new checkpoint, or null on a concurrent change.
    /// </summary>
    Task<TriggerCheckpoint?> TryAdvanceAsync(string tenantId, string triggerId, TriggerCheckpoint? read, DateTimeOffset handledThrough, CancellationToken cancellationToken = default);

    /// <summary>Every checkpoint of every tenant (a scheduler loads them when elected).</summary>
    IAsyncEnumerable<StoredCheckpoint> ScanAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the checkpoint (after a delete).</summary>
    Task DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default);
}
