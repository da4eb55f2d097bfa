namespace JobForge.Storage.Events;

/// <summary>
/// Where and how <see cref="TableEventStore"/> keeps events: bound from <c>JobForge:EventStore</c>. Every name is
/// configurable so tests (and side-by-side deployments) can isolate their tables and container.
/// </summary>
public sealed class EventStoreOptions
{
    /// <summary>The configuration section, <c>JobForge:EventStore</c>.</summary>
    public const string SectionName = "JobForge:EventStore";

    /// <summary>The table holding events, dedupe rows and outbox rows, partitioned by tenant.</summary>
    public string EventsTableName { get; set; } = "jobforgeevents";

    /// <summary>The table listing every tenant that has written an event (for retention and the outbox poll).</summary>
    public string TenantsTableName { get; set; } = "jobforgeeventtenants";

    /// <summary>The blob container for documents too large to keep in a table entity, even compressed.</summary>
    public string BlobContainerName { get; set; } = "jobforge-events";

    /// <summary>How many batches may be in flight at once across all tenants (1–64).</summary>
    public int MaxInFlightBatches { get; set; } = 8;

    /// <summary>How many batches of one tenant may be in flight at once (1–<see cref="MaxInFlightBatches"/>).</summary>
    public int MaxInFlightBatchesPerTenant { get; set; } = 2;

    /// <summary>How many entries the in-process fast path (<c>ReadAppendedAsync</c>) buffers before it drops new ones.</summary>
    public int AppendedBufferCapacity { get; set; } = 10_000;

    /// <summary>
    /// One outbox row per committed batch (<c>p|</c> packs) instead of one per event (<c>o|</c> rows), for every event
    /// whose published body is inline (up to 32,000 characters). Default on. Per-event rows are always read, so turning
    /// it on is safe with rows already written; turn it off while servers of a version without packs still share the
    /// table (they do not read packs), then on.
    /// </summary>
    public bool OutboxRowPerBatch { get; set; } = true;

    /// <summary>
    /// The largest compressed document kept in the table entity itself (as 64 KiB binary chunks); larger ones go to a
    /// blob. Must leave room in the 1 MiB entity for the indexed fields.
    /// </summary>
    public int MaxInlineCompressedBytes { get; set; } = 15 * 65_536;
}
