using System.Collections.Concurrent;
using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <content>
/// The outbox: pending <c>p|</c> pack rows (one per committed batch, <see cref="OutboxPack"/>) and per-event <c>o|</c>
/// rows (older versions; bodies too large to inline) per registered tenant, read in one range query each; a per-event
/// row is deleted when its message is published, a pack row when all of its messages are. The fast path is a bounded
/// in-process channel fed after each commit (when it is full, entries are dropped from it only: the poll still finds them).
/// </content>
public sealed partial class TableEventStore
{
    /// <summary>Beyond this many partly completed packs, progress is forgotten (their messages are only published again).</summary>
    private const int MaxTrackedPacks = 100_000;

    private readonly ConcurrentDictionary<(string TenantId, string RowKey), OutboxPackProgress> _packs = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, DateTimeOffset acceptedBefore, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<OutboxEntry>();
        await foreach (var tenantId in RegisteredTenantsAsync(cancellationToken).ConfigureAwait(false))
        {
            var filter = TableFilter.And(
                TableFilter.Equal("PartitionKey", tenantId),
                TableFilter.Or(
                    TableFilter.And(
                        TableFilter.GreaterThanOrEqual("RowKey", EventRowKeys.OutboxPrefix),
                        TableFilter.LessThan("RowKey", EventRowKeys.OutboxUpperBound(acceptedBefore))),
                    TableFilter.And(
                        TableFilter.GreaterThanOrEqual("RowKey", EventRowKeys.PackPrefix),
                        TableFilter.LessThan("RowKey", EventRowKeys.PackUpperBound(acceptedBefore)))));
            var taken = 0;
            await foreach (var row in _events.QueryEntitiesAsync(filter, null, Math.Min(max, TableClientOperations.MaxPageSize), cancellationToken).ConfigureAwait(false))
            {
                taken += OutboxPack.IsPack(row)
                    ? await AddPackAsync(tenantId, row, acceptedBefore, entries, cancellationToken).ConfigureAwait(false)
                    : await AddRowAsync(tenantId, row, entries, cancellationToken).ConfigureAwait(false);
                if (taken >= max)
                {
                    break;
                }
            }
        }

        return entries.OrderBy(e => e.ReceivedAt).ThenBy(e => e.EntryId, StringComparer.Ordinal).Take(max).ToList();
    }

    private async Task<int> AddRowAsync(string tenantId, TableEntity row, List<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var body = await _codec.DecodeAsync(row, EventEntities.BodyPrefix, cancellationToken).ConfigureAwait(false);
        entries.Add(new OutboxEntry(
            OutboxEntryId.Format(tenantId, row.RowKey!, EventDocumentCodec.BlobNameOf(row, EventEntities.BodyPrefix)),
            EventEntities.ToMessage(row, body),
            row.GetDateTimeOffset("ReceivedAt") ?? throw new InvalidDataException("An outbox row has no ReceivedAt.")));
        return 1;
    }

    private async Task<int> AddPackAsync(string tenantId, TableEntity row, DateTimeOffset acceptedBefore, List<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var messages = OutboxPack.Read(await _codec.DecodeAsync(row, OutboxPack.Prefix, cancellationToken).ConfigureAwait(false));
        var progress = _packs.GetValueOrDefault((tenantId, row.RowKey!));
        var blob = EventDocumentCodec.BlobNameOf(row, OutboxPack.Prefix);
        var added = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var (message, receivedAt) = messages[i];
            if (receivedAt <= acceptedBefore && progress?.IsDone(i) != true)
            {
                entries.Add(new OutboxEntry(OutboxEntryId.FormatPacked(tenantId, row.RowKey!, i, messages.Count, blob), message, receivedAt));
                added++;
            }
        }

        return added;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An entry id was not issued by this store.</exception>
    public async Task CompleteAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byTenant = new Dictionary<string, List<(string RowKey, string? Blob)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!OutboxEntryId.TryParse(entry.EntryId, out var id))
            {
                throw new ArgumentException("An outbox entry id was not issued by this store.", nameof(entries));
            }

            if (id.IsPacked && !PackCompleted(id))
            {
                continue; // other messages of its pack are still pending
            }

            if (!byTenant.TryGetValue(id.TenantId, out var rows))
            {
                byTenant[id.TenantId] = rows = [];
            }

            if (!rows.Exists(r => r.RowKey == id.RowKey))
            {
                rows.Add((id.RowKey, id.BlobName));
            }
        }

        foreach (var (tenantId, rows) in byTenant)
        {
            foreach (var chunk in rows.Chunk(TableClientOperations.MaxTransactionActions))
            {
                var actions = chunk
                    .Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(tenantId, r.RowKey)))
                    .ToList();
                await DeleteToleratingMissingAsync(actions, cancellationToken).ConfigureAwait(false);
                foreach (var (rowKey, blob) in chunk)
                {
                    _packs.TryRemove((tenantId, rowKey), out _);
                    if (blob is not null)
                    {
                        await _blobs.DeleteBlobIfExistsAsync(blob, cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    /// <summary>Marks one message of a pack completed; true when the whole pack is (its row can go).</summary>
    private bool PackCompleted(OutboxEntryId id)
    {
        if (id.PackCount == 1)
        {
            return true;
        }

        if (_packs.Count >= MaxTrackedPacks)
        {
            _packs.Clear();
        }

        return _packs.GetOrAdd((id.TenantId, id.RowKey), _ => new OutboxPackProgress(id.PackCount)).Complete(id.PackIndex);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<OutboxEntry> ReadAppendedAsync(CancellationToken cancellationToken) =>
        _appended.Reader.ReadAllAsync(cancellationToken);
}
