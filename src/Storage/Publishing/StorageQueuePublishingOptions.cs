namespace JobForge.Storage.Publishing;

/// <summary>The storage queue events go to for local runs (<c>JobForge:Publishing:StorageQueue</c>).</summary>
public sealed class StorageQueuePublishingOptions
{
    /// <summary>The default <see cref="QueueName"/>.</summary>
    public const string DefaultQueueName = "jobforge-events";

    /// <summary>The default <see cref="OverflowContainerName"/>.</summary>
    public const string DefaultOverflowContainerName = "jobforge-event-bodies";

    /// <summary>The queue, created on first publish. Default <c>jobforge-events</c>.</summary>
    public string QueueName { get; set; } = DefaultQueueName;

    /// <summary>
    /// The blob container that holds bodies too large for a 64 KiB queue message; the queue message then carries
    /// <c>body_blob</c> instead of <c>body</c>. Default <c>jobforge-event-bodies</c>, created on first use.
    /// </summary>
    public string OverflowContainerName { get; set; } = DefaultOverflowContainerName;
}
