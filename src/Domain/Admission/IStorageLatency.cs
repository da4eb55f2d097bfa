namespace JobForge.Domain.Admission;

/// <summary>How long table storage has recently taken to answer, as the storage adapter observes it (a port for admission).</summary>
public interface IStorageLatency
{
    /// <summary>
    /// The recent latency: a high percentile of the requests answered in the last few seconds, or, while requests are
    /// out and none has been answered lately, how long the oldest of them has been waiting (a hung storage account
    /// answers nothing). Zero when nothing was sent lately.
    /// </summary>
    TimeSpan Recent { get; }
}
