namespace JobForge.Domain.Runs;

/// <summary>Who executes a run, until when. A worker executes a step only while it holds an unexpired lease.</summary>
/// <param name="Owner">The worker (server) id.</param>
/// <param name="Until">When the lease expires unless renewed.</param>
public sealed record RunLease(string Owner, DateTimeOffset Until)
{
    /// <summary>Whether the lease is held by someone other than <paramref name="worker"/> at <paramref name="now"/>.</summary>
    public bool BlocksOthersThan(string worker, DateTimeOffset now) =>
        !string.Equals(Owner, worker, StringComparison.Ordinal) && Until > now;
}
