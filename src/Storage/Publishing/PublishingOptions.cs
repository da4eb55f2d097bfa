namespace JobForge.Storage.Publishing;

/// <summary>
/// How accepted events leave the outbox, bound from <c>JobForge:Publishing</c> and validated at start-up.
/// The dispatcher's idle cost is one outbox poll per <see cref="IdlePollInterval"/> per server (a poll costs one tenant
/// listing plus one range query per event tenant).
/// </summary>
public sealed class PublishingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Publishing";

    /// <summary>Where events go. Default <see cref="PublishingMode.None"/>: entries are only shown to outbox observers (event triggers).</summary>
    public PublishingMode Mode { get; set; } = PublishingMode.None;

    /// <summary>The Service Bus settings, for <see cref="PublishingMode.ServiceBus"/>.</summary>
    public ServiceBusPublishingOptions ServiceBus { get; set; } = new();

    /// <summary>The storage queue settings, for <see cref="PublishingMode.StorageQueue"/>.</summary>
    public StorageQueuePublishingOptions StorageQueue { get; set; } = new();

    /// <summary>
    /// How often the outbox is polled for entries the fast path missed while anything happens (new entries, a failure,
    /// a poll that found some). Default 1 s; at least 1 s.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest interval between polls on a quiet server: while polls find nothing and nothing happens, the interval
    /// doubles from <see cref="PollInterval"/> up to this. Bounds how late another (crashed) server's leftovers are
    /// published: <see cref="PendingLag"/> plus this. Only where a fast path runs (the self-hosted server); without one
    /// (the Functions timer) every tick polls. Default 15 s; 1 s to 5 min; at most <see cref="PollInterval"/> turns the
    /// back-off off.
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most entries published in one batch. Default 100; 1 to 1000.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The first delay after a failed publish; doubled per further failure. Default 1 s.</summary>
    public TimeSpan MinRetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between publish attempts while the broker is down. Default 30 s.</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A poll only reads entries accepted at least this long ago, so it does not race the fast path on entries that are
    /// being published right now. Default 2 s.
    /// </summary>
    public TimeSpan PendingLag { get; set; } = TimeSpan.FromSeconds(2);
}
