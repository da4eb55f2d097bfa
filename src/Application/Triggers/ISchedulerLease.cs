namespace JobForge.Application.Triggers;

/// <summary>The lock that elects one scheduler among servers.</summary>
public interface ISchedulerLease
{
    /// <summary>Tries to become the holder; false while another holds it.</summary>
    Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default);

    /// <summary>Renews the lease this instance holds; false when it was lost.</summary>
    Task<bool> RenewAsync(CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up (on shutdown), so a standby takes over at once.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken = default);
}
