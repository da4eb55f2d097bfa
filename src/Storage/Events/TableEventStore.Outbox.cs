using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <content>
/// The outbox: pending <c>o|</c> rows per registered tenant (oldest first by key), deleted when published; the fast
/// path is a bounded in-process channel fed after each commit (when it is full, entries are dropped from it only:
/// the poll still finds them).
/// </content>
public sealed partial class TableEventStore
{
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
                TableFilter.GreaterThanOrEqual("RowKey", EventRowKeys.OutboxPrefix),
                TableFilter.LessThan("RowKey", EventRowKeys.OutboxUpperBound(acceptedBefore)));
            var taken = 0;
            await foreach (var row in _events.QueryEntitiesAsync(filter, null, Math.Min(max, TableClientOperations.MaxPageSize), cancellationToken).ConfigureAwait(false))
            {
                var body = await _codec.DecodeAsync(row, EventEntities.BodyPrefix, cancellationToken).ConfigureAwait(false);
                entries.Add(new OutboxEntry(
                    OutboxEntryId.Format(tenantId, row.RowKey!, EventDocumentCodec.BlobNameOf(row, EventEntities.BodyPrefix)),
                    EventEntities.ToMessage(row, body),
                    row.GetDateTimeOffset("ReceivedAt") ?? throw new InvalidDataException("An outbox row has no ReceivedAt.")));
                if (++taken >= max)
                {
                    break;
                }
            }
        }

        return entries.OrderBy(e => e.ReceivedAt).ThenBy(e => e.EntryId, StringComparer.Ordinal).Take(max).ToList();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An entry id was not issued by this store.</exception>
    public async Task CompleteAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byTenant = new Dictionary<string, List<(string RowKey, string? Blob)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!OutboxEntryId.TryParse(entry.EntryId, out var tenantId, out var rowKey, out var blob))
            {
                throw new ArgumentException("An outbox entry id was not issued by this store.", nameof(entries));
            }

            if (!byTenant.TryGetValue(tenantId, out var rows))
            {
                byTenant[tenantId] = rows = [];
            }

            if (!rows.Exists(r => r.RowKey == rowKey))
            {
                rows.Add((rowKey, blob));
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
                foreach (var (_, blob) in chunk)
                {
                    if (blob is not null)
                    {
                        await _blobs.DeleteBlobIfExistsAsync(blob, cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<OutboxEntry> ReadAppendedAsync(CancellationToken cancellationToken) =>
        _appended.Reader.ReadAllAsync(cancellationToken);
}
