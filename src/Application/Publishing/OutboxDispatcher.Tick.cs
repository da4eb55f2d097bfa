using JobForge.Domain.Events;

namespace JobForge.Application.Publishing;

/// <content>One dispatch step: gather, publish, complete.</content>
public sealed partial class OutboxDispatcher
{
    /// <summary>
    /// One step at <paramref name="now"/>: unless backing off, gathers up to a batch from the entries that failed last
    /// time, the fast path and — when the poll is due — <see cref="IEventOutbox.ReadPendingAsync"/>; publishes them
    /// and completes them. Entries another tick is publishing are skipped. Failures back off and keep entries pending.
    /// </summary>
    public async Task<OutboxTickResult> TickAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var batch = new List<OutboxEntry>();
        bool pollDue;
        long pollMark;
        lock (_gate)
        {
            if (now < _retryAt)
            {
                return OutboxTickResult.Waiting(_retryAt);
            }

            foreach (var entry in _carry)
            {
                TryTake(entry, batch);
            }

            _carry.Clear();
            var announced = 0;
            while (batch.Count < _options.BatchSize && _appended.Reader.TryRead(out var appended))
            {
                announced++;
                TryTake(appended, batch);
            }

            if (announced > 0 || Interlocked.Exchange(ref _hintsLost, 0) != 0)
            {
                _polls.Reset(now); // Not idle: poll at the fast interval.
            }

            pollDue = _polls.TryStart(now, out pollMark);
        }

        try
        {
            var polled = pollDue && batch.Count < _options.BatchSize;
            if (polled && !await PollAsync(now, pollMark, batch, cancellationToken).ConfigureAwait(false))
            {
                Carry(batch);
                return OutboxTickResult.Waiting(_retryAt);
            }

            return batch.Count == 0 ? OutboxTickResult.Idle(polled) : await PublishAsync(now, batch, polled, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var entry in batch)
            {
                _inFlight.TryRemove(entry.EntryId, out _);
            }
        }
    }

    private async Task<bool> PollAsync(DateTimeOffset now, long pollMark, List<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxEntry> pending;
        try
        {
            pending = await _outbox.ReadPendingAsync(_options.BatchSize, now - _options.PendingLag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            PublishingLog.PollFailed(_logger, _failures + 1, BackOff(now), ex);
            return false;
        }

        lock (_gate)
        {
            var before = batch.Count;
            foreach (var entry in pending)
            {
                if (batch.Count >= _options.BatchSize)
                {
                    break;
                }

                TryTake(entry, batch);
            }

            if (pending.Count >= _options.BatchSize && batch.Count > before)
            {
                _polls.DueNow(now); // A full page: more may be waiting (catching up after an outage).
            }
            else if (batch.Count > before)
            {
                _polls.Reset(now); // Leftovers: there may be more soon (a crashed server's tail).
            }
            else
            {
                _polls.FoundNothing(now, pollMark, mayBackOff: Volatile.Read(ref _fastPaths) > 0);
            }
        }

        return true;
    }

    private async Task<OutboxTickResult> PublishAsync(DateTimeOffset now, List<OutboxEntry> batch, bool polled, CancellationToken cancellationToken)
    {
        List<OutboxEntry> published;
        try
        {
            published = await PublishIsolatingRejectsAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Carry(batch);
            PublishingLog.PublishFailed(_logger, batch.Count, _failures + 1, BackOff(now), ex);
            return new OutboxTickResult(0, 0, polled, _retryAt);
        }

        var rejected = batch.Count - published.Count;
        if (!await ObserveAsync(published, cancellationToken).ConfigureAwait(false))
        {
            // An observer could not finish because storage is unavailable: leave the entries pending, so the poll hands
            // them over again once it is back (observers are idempotent by fire identity); completing them would lose
            // the event trigger fires they still owe.
            PublishingLog.ObserverUnavailable(_logger, published.Count, BackOff(now));
            return new OutboxTickResult(published.Count, 0, polled, _retryAt, rejected);
        }

        try
        {
            if (published.Count > 0)
            {
                await _outbox.CompleteAsync(published, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not carried: the poll finds them again and re-publishes with the same message ids (at least once on the wire).
            PublishingLog.CompleteFailed(_logger, published.Count, BackOff(now), ex);
            return new OutboxTickResult(published.Count, 0, polled, _retryAt, rejected);
        }

        int recoveredFrom;
        lock (_gate)
        {
            published.ForEach(e => _recentlyCompleted.Add(e.EntryId));
            (recoveredFrom, _failures) = (_failures, 0);
        }

        if (recoveredFrom > 0)
        {
            PublishingLog.Recovered(_logger, recoveredFrom);
        }

        PublishingLog.Published(_logger, published.Count);
        Telemetry.JobForgeMetrics.OutboxPublished(published.Select(e => e.ReceivedAt), _time.GetUtcNow());
        return new OutboxTickResult(published.Count, published.Count, polled, null, rejected);
    }

    // An ArgumentException means the publisher cannot send a message at all (too large, not JSON): publish one by one
    // to find it, and set it aside (pending, logged) so it does not block every other entry.
    private async Task<List<OutboxEntry>> PublishIsolatingRejectsAsync(List<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        try
        {
            await _publisher.PublishAsync([.. batch.Select(e => e.Message)], cancellationToken).ConfigureAwait(false);
            return batch;
        }
        catch (ArgumentException) when (batch.Count > 1)
        {
        }
        catch (ArgumentException ex)
        {
            Reject(batch[0], ex);
            return [];
        }

        var published = new List<OutboxEntry>(batch.Count);
        foreach (var entry in batch)
        {
            try
            {
                await _publisher.PublishAsync([entry.Message], cancellationToken).ConfigureAwait(false);
                published.Add(entry);
            }
            catch (ArgumentException ex)
            {
                Reject(entry, ex);
            }
        }

        return published;
    }

    // False when an observer failed because storage is unavailable (the entries must stay pending); other observer
    // failures are logged and do not hold the outbox up.
    private async Task<bool> ObserveAsync(List<OutboxEntry> published, CancellationToken cancellationToken)
    {
        var completed = true;
        foreach (var observer in published.Count == 0 ? [] : _observers)
        {
            try
            {
                await observer.OnPublishedAsync(published, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                PublishingLog.ObserverFailed(_logger, ex);
                completed &= !Errors.StorageOutage.Is(ex);
            }
        }

        return completed;
    }

    private void Reject(OutboxEntry entry, ArgumentException exception)
    {
        lock (_gate)
        {
            _rejected.Add(entry.EntryId);
        }

        PublishingLog.Rejected(_logger, entry.EntryId, exception);
    }

    // Called under _gate.
    private void TryTake(OutboxEntry entry, List<OutboxEntry> batch)
    {
        if (batch.Count < _options.BatchSize
            && !_rejected.Contains(entry.EntryId)
            && !_recentlyCompleted.Contains(entry.EntryId)
            && _inFlight.TryAdd(entry.EntryId, 0))
        {
            batch.Add(entry);
        }
    }

    private void Carry(List<OutboxEntry> batch)
    {
        lock (_gate)
        {
            _carry.AddRange(batch);
        }
    }

    private TimeSpan BackOff(DateTimeOffset now)
    {
        lock (_gate)
        {
            _polls.Reset(now); // A failure leaves entries pending: look for them at the fast interval once it passes.
            _failures++;
            var doubled = _options.MinRetryBackoff.Ticks * Math.Pow(2, Math.Min(_failures - 1, 30));
            var delay = TimeSpan.FromTicks((long)Math.Min(doubled, _options.MaxRetryBackoff.Ticks));
            _retryAt = now + delay;
            return delay;
        }
    }
}
