using System.Threading.Channels;
using JobForge.Domain.Audit;
using Azure.Data.Tables;
using JobForge.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JobForge.Storage.Audit;

/// <summary>
/// The audit trail in an Azure table (<see cref="AuditOptions.TableName"/>): PartitionKey is the tenant (or
/// <see cref="AuditRecord.SystemTenant"/>), RowKey <c>{invertedTicks:D19}|…</c> so a partition reads newest first.
/// <para>
/// Group commit: <see cref="RecordAsync"/> only enqueues; one writer loop takes whatever is queued, groups it by
/// partition into entity group transactions of at most 100, and completes each record's task when its transaction is
/// durable. An idle writer sends at once (no added latency); a busy one batches what arrived meanwhile. The queue is
/// bounded by <see cref="AuditOptions.QueueCapacity"/>: when it is full, <see cref="RecordAsync"/> waits. Transient
/// failures are retried by the Azure.Core pipeline; a record that still fails is logged and its task faults.
/// <see cref="FlushAsync"/> waits for everything queued so far; <see cref="DisposeAsync"/> drains and stops.
/// </para>
/// </summary>
public sealed partial class TableAuditLog : IAuditLog, IAsyncDisposable
{
    private readonly TableClient _table;
    private readonly ILogger _logger;
    private readonly Channel<Pending> _queue;
    private readonly string _instance = AuditRowKey.NewInstance();
    private readonly Task _writer;
    private readonly SemaphoreSlim _tableGate = new(1, 1);
    private volatile bool _tableReady;
    private long _sequence;

    /// <summary>An audit log in table <see cref="AuditOptions.TableName"/> of <paramref name="tables"/>; starts its writer.</summary>
    public TableAuditLog(TableServiceClient tables, AuditOptions options, ILogger<TableAuditLog> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1, nameof(options));
        _table = tables.GetTableClient(options.TableName);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _writer = Task.Run(RunWriterAsync);
    }

    /// <summary>The table's name.</summary>
    public string TableName => _table.Name;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The record has no action or reason, or an unknown decision (the task faults).</exception>
    /// <exception cref="ObjectDisposedException">The log was disposed (the task faults).</exception>
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        var clean = AuditRecordSanitizer.Sanitize(record);
        var rowKey = AuditRowKey.Create(clean.At, Interlocked.Increment(ref _sequence), _instance);
        var pending = new Pending(AuditEntityMapper.ToEntity(clean, rowKey));
        await EnqueueAsync(pending, cancellationToken).ConfigureAwait(false);
        await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes when every record queued before the call is durable (or has failed).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var marker = new Pending(null);
        try
        {
            await EnqueueAsync(marker, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            await _writer.WaitAsync(cancellationToken).ConfigureAwait(false); // Disposal drains everything already queued.
            return;
        }

        await marker.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops taking records, writes everything still queued, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        _tableGate.Dispose();
    }

    private async Task EnqueueAsync(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException ex)
        {
            throw new ObjectDisposedException(nameof(TableAuditLog), ex);
        }
    }

    private sealed class Pending(TableEntity? entity)
    {
        /// <summary>The entity to write; null for a flush marker.</summary>
        public TableEntity? Entity { get; } = entity;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
