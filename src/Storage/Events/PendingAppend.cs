using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <summary>
/// One caller's append waiting for its batch: the rows to write and the task the caller awaits. Without an outbox row
/// of its own, its message goes into the batch's pack (<see cref="OutboxPack"/>).
/// </summary>
internal sealed class PendingAppend(EventAppend append, TableEntity eventRow, TableEntity? dedupeRow, TableEntity? outboxRow, int wireBytes)
{
    private readonly TaskCompletionSource<EventAppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EventAppend Append { get; } = append;

    /// <summary>When it was queued (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
    public long Since { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public TableEntity EventRow { get; } = eventRow;

    /// <summary>The dedupe row; null for generated ids, which never dedupe.</summary>
    public TableEntity? DedupeRow { get; } = dedupeRow;

    /// <summary>The per-event outbox row; null when the message is packed with its batch.</summary>
    public TableEntity? OutboxRow { get; } = outboxRow;

    public bool IsPacked => OutboxRow is null;

    /// <summary>An upper bound of the bytes these rows add to a batch request.</summary>
    public int WireBytes { get; } = wireBytes;

    /// <summary>The actions of its own (the batch's pack row is counted once per batch).</summary>
    public int ActionCount => 1 + (DedupeRow is null ? 0 : 1) + (OutboxRow is null ? 0 : 1);

    public string? DedupeKey => DedupeRow?.RowKey;

    /// <summary>Blobs uploaded for this append's documents; deleted again when nothing new is stored.</summary>
    public IReadOnlyList<string> Blobs { get; init; } = [];

    public Task<EventAppendResult> Task => _completion.Task;

    public bool IsCompleted => _completion.Task.IsCompleted;

    public EventReceipt AcceptedReceipt =>
        new(Append.Event.EventId, Append.Event.TraceId, Append.Event.ReceivedAt, Duplicate: false);

    public bool Complete(EventReceipt receipt) => _completion.TrySetResult(new EventAppendResult(receipt));

    public bool Fail(Exception exception) => _completion.TrySetException(exception);

    /// <summary>The batch actions, dedupe row first so a duplicate is reported at its index.</summary>
    public IEnumerable<TableTransactionAction> Actions()
    {
        if (DedupeRow is not null)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Add, DedupeRow);
        }

        yield return new TableTransactionAction(TableTransactionActionType.Add, EventRow);
        if (OutboxRow is not null)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Add, OutboxRow);
        }
    }
}
