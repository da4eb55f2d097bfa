using JobForge.Domain.Triggers;

namespace JobForge.Application.Triggers;

/// <content>One tick: the lease, the indexes, then the due slots.</content>
public sealed partial class TriggerScheduler
{
    private const int ScanPageSize = 1000;
    private const int ChangePageSize = 1000;
    private readonly Dictionary<string, DateTimeOffset> _seenChanges = new(StringComparer.Ordinal);
    private DateTimeOffset _nextPollAt = DateTimeOffset.MinValue;
    private DateTimeOffset _pollFrom = DateTimeOffset.MinValue;

    /// <summary>
    /// One step at <paramref name="now"/>: loads the event index on first use; as a standby tries the lease when due
    /// (loading the cron index when it wins); as the leader renews when due (dropping the index when the lease is lost);
    /// applies local changes and, when due, the change feed; fires every due slot (concurrently, bounded).
    /// </summary>
    public async Task<TriggerTickResult> TickAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _tickGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_abandoned)
            {
                return new TriggerTickResult(false, 0, now + _options.MaxIdleDelay);
            }

            if (!_events.Loaded)
            {
                await LoadEventIndexAsync(now, cancellationToken).ConfigureAwait(false);
            }

            await MaintainLeaseAsync(now, cancellationToken).ConfigureAwait(false);
            await ApplyChangesAsync(now, cancellationToken).ConfigureAwait(false);
            var evaluated = IsLeader ? await FireDueAsync(now, cancellationToken).ConfigureAwait(false) : 0;
            return new TriggerTickResult(IsLeader, evaluated, NextWake(now));
        }
        finally
        {
            _tickGate.Release();
        }
    }

    private DateTimeOffset NextWake(DateTimeOffset now)
    {
        var wake = Min(_nextPollAt, IsLeader ? _nextRenewAt : _nextAcquireAt);
        if (IsLeader && _index.NextDueAt is { } due)
        {
            wake = Min(wake, due);
        }

        return wake < now ? now : wake;
    }

    private async Task LoadCronIndexAsync(CancellationToken cancellationToken)
    {
        _indexLoaded = false; // until the scan completes: a failed load is retried at the next tick, never fired from
        _index.Clear();
        var checkpoints = new Dictionary<(string, string), TriggerCheckpoint>();
        await foreach (var stored in _checkpoints.ScanAsync(cancellationToken).ConfigureAwait(false))
        {
            checkpoints[(stored.TenantId, stored.TriggerId)] = stored.Checkpoint;
        }

        string? cursor = null;
        do
        {
            var page = await _source.ScanAsync(TriggerType.Cron, cursor, ScanPageSize, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page.Items)
            {
                var t = stored.Trigger;
                _index.Upsert(t, checkpoints.GetValueOrDefault((t.TenantId, t.Id)), TriggerTimeZones.Find);
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
        _indexLoaded = true;
    }

    private async Task LoadEventIndexAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        _pollFrom = now - _options.ChangeFeedOverlap;
        _nextPollAt = now + _options.ChangePollInterval;
        string? cursor = null;
        do
        {
            var page = await _source.ScanAsync(TriggerType.Event, cursor, ScanPageSize, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page.Items)
            {
                _events.Upsert(stored.Trigger);
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
        _events.Loaded = true;
    }

    private async Task ApplyChangesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = _signal.Drain();
        if (now >= _nextPollAt)
        {
            _nextPollAt = now + _options.ChangePollInterval;
            var changes = await _source.ReadChangesAsync(_pollFrom, ChangePageSize, cancellationToken).ConfigureAwait(false);
            _pollFrom = now - _options.ChangeFeedOverlap; // only after a read that answered: an outage loses no change
            if (changes.Count >= ChangePageSize)
            {
                (_pollFrom, _nextPollAt) = (changes[^1].At, now); // A full page: read on at once.
            }

            foreach (var change in changes)
            {
                if (_seenChanges.TryAdd(change.Position, change.At))
                {
                    changed.Add((change.TenantId, change.TriggerId));
                }
            }

            foreach (var old in _seenChanges.Where(p => p.Value < _pollFrom).Select(p => p.Key).ToList())
            {
                _seenChanges.Remove(old);
            }
        }

        foreach (var (tenant, id) in changed.Distinct())
        {
            var stored = await _store.GetAsync(tenant, id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                _events.Remove(tenant, id);
                _index.Remove(tenant, id);
                continue;
            }

            _events.Upsert(stored.Trigger);
            if (HoldsIndex)
            {
                var checkpoint = _index.Find(tenant, id)?.Checkpoint
                    ?? await _checkpoints.GetAsync(tenant, id, cancellationToken).ConfigureAwait(false);
                _index.Upsert(stored.Trigger, checkpoint, TriggerTimeZones.Find);
            }
        }

        if (changed.Count > 0)
        {
            TriggersLog.Refreshed(_logger, changed.Count);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
