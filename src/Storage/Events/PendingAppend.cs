using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <summary>One caller's append waiting for its batch: the rows to write and the task the caller awaits.</summary>
internal sealed class PendingAppend(EventAppend append, TableEntity eventRow, TableEntity? dedupeRow, TableEntity outboxRow, int wireBytes)
{
    private readonly TaskCompletionSource<EventAppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EventAppend Append { get; } = append;

    public TableEntity EventRow { get; } = eventRow;

    /// <summary>The dedupe row; null for generated ids, which never dedupe.</summary>
    public TableEntity? DedupeRow { get; } = dedupeRow;

    public TableEntity OutboxRow { get; } = outboxRow;

    /// <summary>An upper bound of the bytes these rows add to a batch request.</summary>
    public int WireBytes { get; } = wireBytes;

    public int ActionCount => DedupeRow is null ? 2 : 3;

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
        yield return new TableTransactionAction(TableTransactionActionType.Add, OutboxRow);
    }
}
