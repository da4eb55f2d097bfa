using JobForge.Domain.Audit;

namespace JobForge.Storage.Audit;

/// <summary>
/// An <see cref="IAuditLog"/> in process memory with exactly the semantics of <see cref="TableAuditLog"/> (same
/// sanitizing, ordering, filters and cursors), for tests and single-process development. Records are durable at once
/// (as durable as the process). Thread-safe.
/// </summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SortedList<string, AuditRecord>> _partitions = new(StringComparer.Ordinal);
    private readonly string _instance = AuditRowKey.NewInstance();
    private long _sequence;

    /// <summary>Every record kept, across tenants (for assertions).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _partitions.Values.Sum(partition => partition.Count);
            }
        }
    }

    /// <inheritdoc />
    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        AuditRecord clean;
        try
        {
            clean = AuditRecordSanitizer.Sanitize(record);
        }
        catch (ArgumentException ex)
        {
            return Task.FromException(ex);
        }

        var rowKey = AuditRowKey.Create(clean.At, Interlocked.Increment(ref _sequence), _instance);
        lock (_gate)
        {
            if (!_partitions.TryGetValue(clean.TenantId, out var partition))
            {
                _partitions[clean.TenantId] = partition = new SortedList<string, AuditRecord>(StringComparer.Ordinal);
            }

            partition.Add(rowKey, clean);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<AuditPage> QueryAsync(string tenantId, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var plan = AuditQueryPlan.Create(tenantId, query);
        var records = new List<AuditRecord>(Math.Min(plan.Query.Limit, 256));
        string? lastKey = null;
        var more = false;
        lock (_gate)
        {
            if (_partitions.TryGetValue(tenantId, out var partition))
            {
                foreach (var (rowKey, record) in partition)
                {
                    if (!plan.InRange(rowKey) || !plan.Matches(record))
                    {
                        continue;
                    }

                    if (records.Count == plan.Query.Limit)
                    {
                        more = true;
                        break;
                    }

                    records.Add(record);
                    lastKey = rowKey;
                }
            }
        }

        return Task.FromResult(new AuditPage(records, more ? plan.CursorAfter(lastKey!) : null));
    }
}
