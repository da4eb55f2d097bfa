namespace JobForge.Domain.Admission;

/// <summary>Writes queued in a store's group commit and not yet sent: how many, and how long the oldest has waited.</summary>
/// <param name="Pending">Writes waiting to be batched.</param>
/// <param name="OldestWait">How long the oldest of them has waited (zero when none waits).</param>
public readonly record struct WriteBacklog(int Pending, TimeSpan OldestWait)
{
    /// <summary>Nothing waiting.</summary>
    public static WriteBacklog Empty => default;
}
