using System.Collections.Concurrent;
using System.Threading.Channels;
using JobForge.Domain.Events;
using Azure.Storage.Blobs;
using JobForge.Storage.Blobs;
using Azure.Data.Tables;
using JobForge.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JobForge.Storage.Events;

/// <summary>
/// <see cref="IEventStore"/> and <see cref="IEventOutbox"/> on Azure Table Storage, one partition per tenant. An append
/// is one entity group transaction holding the event row, its dedupe row (client-supplied ids only) and its outbox entry
/// (one pack row per batch, see <see cref="OutboxPack"/>), so accepting an event and recording it for publishing are one
/// atomic write. Concurrent appends are group-committed:
/// queued per tenant and drained into batches of up to 100 actions, several batches in flight at once, with no timer
/// (a batch is whatever is queued when a writer gets to it). Thread-safe; register as a singleton.
/// </summary>
public sealed partial class TableEventStore : IEventStore, IEventOutbox, JobForge.Domain.Admission.IWriteBacklog
{
    private const string TenantsPartition = "tenants";

    private readonly TableClient _events;
    private readonly TableClient _tenants;
    private readonly BlobContainerClient _blobs;
    private readonly EventStoreOptions _options;
    private readonly ILogger _logger;
    private readonly EventDocumentCodec _codec;
    private readonly ConcurrentDictionary<string, TenantQueue> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _registeredTenants = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _inFlight;
    private readonly Channel<OutboxEntry> _appended;
    private Task? _tablesReady;
    private Task<BlobContainerClient>? _containerReady;

    /// <summary>A store on <paramref name="tables"/> (and <paramref name="blobs"/> for oversized documents).</summary>
    /// <exception cref="ArgumentException">An option is out of range or a name is invalid.</exception>
    public TableEventStore(TableServiceClient tables, BlobServiceClient blobs, EventStoreOptions options, ILogger<TableEventStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInFlightBatches, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxInFlightBatches, 64, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInFlightBatchesPerTenant, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.AppendedBufferCapacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInlineCompressedBytes, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxInlineCompressedBytes, 15 * EventDocumentCodec.ChunkBytes, nameof(options));
        _options = options;
        _logger = logger;
        _events = tables.GetTableClient(options.EventsTableName);
        _tenants = tables.GetTableClient(options.TenantsTableName);
        _blobs = blobs.GetBlobContainerClient(options.BlobContainerName);
        _codec = new EventDocumentCodec(EnsureContainerAsync, options.MaxInlineCompressedBytes);
        _inFlight = new SemaphoreSlim(options.MaxInFlightBatches, options.MaxInFlightBatches);
        _appended = Channel.CreateBounded<OutboxEntry>(new BoundedChannelOptions(options.AppendedBufferCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
        });
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A key of the append is not storage-safe (it would fail its whole batch).</exception>
    /// <remarks>
    /// Cancellation is honoured until the append is queued; after that the call waits for the batch's outcome, so a
    /// caller never sees "cancelled" for an event that was in fact stored.
    /// </remarks>
    public async Task<EventAppendResult> AppendAsync(EventAppend append, CancellationToken cancellationToken = default)
    {
        EventAppendGuard.Validate(append);
        var stored = append.Event;
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        await EnsureTenantRegisteredAsync(stored.TenantId, cancellationToken).ConfigureAwait(false);

        var document = await _codec.EncodeAsync(stored.TenantId, "e", stored.DocumentJson, cancellationToken).ConfigureAwait(false);
        var body = await _codec.EncodeAsync(stored.TenantId, "o", append.Message.BodyJson, cancellationToken).ConfigureAwait(false);
        var packed = _options.OutboxRowPerBatch && body.Text is not null;
        var pending = new PendingAppend(
            append,
            EventEntities.Event(stored, document),
            stored.IsClientSuppliedEventId ? EventEntities.Dedupe(stored) : null,
            packed ? null : EventEntities.Outbox(append, body),
            document.WireBytes + body.WireBytes + 1024)
        {
            Blobs = new[] { document.BlobName, body.BlobName }.OfType<string>().ToArray(),
        };
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(pending);
        return await pending.Task.ConfigureAwait(false);
    }

    private Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        var ready = Volatile.Read(ref _tablesReady);
        if (ready is null || ready.IsFaulted || ready.IsCanceled)
        {
            ready = CreateTablesAsync();
            Volatile.Write(ref _tablesReady, ready);
        }

        return ready.WaitAsync(cancellationToken);
    }

    private async Task CreateTablesAsync()
    {
        await _events.CreateIfNotExistsAsync().ConfigureAwait(false);
        await _tenants.CreateIfNotExistsAsync().ConfigureAwait(false);
    }

    private Task<BlobContainerClient> EnsureContainerAsync(CancellationToken cancellationToken)
    {
        var ready = Volatile.Read(ref _containerReady);
        if (ready is null || ready.IsFaulted || ready.IsCanceled)
        {
            ready = CreateContainerAsync();
            Volatile.Write(ref _containerReady, ready);
        }

        return ready.WaitAsync(cancellationToken);
    }

    private async Task<BlobContainerClient> CreateContainerAsync()
    {
        await _blobs.CreateIfNotExistsAsync().ConfigureAwait(false);
        return _blobs;
    }

    /// <summary>Registers the tenant (once per process) before its first batch, so every committed event's tenant is known.</summary>
    private Task EnsureTenantRegisteredAsync(string tenantId, CancellationToken cancellationToken)
    {
        var registration = _registeredTenants.GetOrAdd(tenantId, id => _tenants.UpsertEntityForETagAsync(new TableEntity(TenantsPartition, id)));
        if (registration.IsFaulted || registration.IsCanceled)
        {
            _registeredTenants.TryRemove(new KeyValuePair<string, Task>(tenantId, registration));
        }

        return registration.WaitAsync(cancellationToken);
    }
}
