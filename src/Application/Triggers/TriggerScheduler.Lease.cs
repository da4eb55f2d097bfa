using JobForge.Application.Errors;

namespace JobForge.Application.Triggers;

/// <content>
/// The leader lease. A renew refused (409/412/404: the lease is someone else's) steps down and drops the index. A renew
/// that fails because storage cannot answer (unreachable, 5xx, 408/429, timed out) only suspends firing: the scheduler
/// keeps its index and asks for the lease again with its own lease id every <see cref="TriggerSchedulerOptions.LeaseRetryInterval"/>
/// (an acquire with the holder's own id succeeds on a lease it still holds, and on one that lapsed while nobody else
/// could take it), so it fires again within about that interval of storage answering. Only when the acquire says that
/// another instance holds the lease does it drop the index. When the lease may have lapsed in between (the answer came
/// later than <see cref="TriggerSchedulerOptions.LeaseDuration"/> after the last confirmation, so another leader could
/// have held it meanwhile) the index is reloaded from storage: checkpoints and triggers as they are now.
/// </content>
public sealed partial class TriggerScheduler
{
    private static readonly TimeSpan LeaseCallTimeout = TimeSpan.FromSeconds(5);
    private DateTimeOffset _nextAcquireAt = DateTimeOffset.MinValue;
    private DateTimeOffset _nextRenewAt = DateTimeOffset.MinValue;
    private DateTimeOffset _leaseConfirmedAt = DateTimeOffset.MinValue;
    private DateTimeOffset? _leaseInDoubtSince;
    private bool _indexLoaded;

    /// <summary>Whether the leader's renew failed for want of storage and it waits, index kept, to take its own lease back.</summary>
    public bool LeaseInDoubt => _leaseInDoubtSince is not null;

    // The leader's index is kept current while it leads and while its lease is in doubt.
    private bool HoldsIndex => IsLeader || _leaseInDoubtSince is not null;

    private async Task MaintainLeaseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (IsLeader && now >= _nextRenewAt)
        {
            var sentAt = _time.GetUtcNow();
            switch (await CallLeaseAsync(_lease.RenewAsync, cancellationToken).ConfigureAwait(false))
            {
                case true:
                    _leaseConfirmedAt = sentAt;
                    _nextRenewAt = now + _options.RenewInterval;
                    break;
                case false:
                    StepDown(now);
                    return;
                default:
                    IsLeader = false; // no fires until the lease is confirmed again
                    _leaseInDoubtSince = now;
                    _nextAcquireAt = now + _options.LeaseRetryInterval;
                    return;
            }
        }

        if (!IsLeader && _leaseInDoubtSince is not null && now >= _nextAcquireAt)
        {
            await RetakeAsync(now, cancellationToken).ConfigureAwait(false);
        }
        else if (!IsLeader && now >= _nextAcquireAt)
        {
            _nextAcquireAt = now + _options.AcquireInterval;
            var sentAt = _time.GetUtcNow();
            if (await _lease.TryAcquireAsync(cancellationToken).ConfigureAwait(false))
            {
                IsLeader = true;
                _leaseConfirmedAt = sentAt;
                _nextRenewAt = now + _options.RenewInterval;
                await LoadCronIndexAsync(cancellationToken).ConfigureAwait(false);
                TriggersLog.Elected(_logger, _index.Count);
            }
        }

        if (IsLeader && !_indexLoaded)
        {
            await LoadCronIndexAsync(cancellationToken).ConfigureAwait(false); // the load at election failed half-way
        }
    }

    // The leader whose renew failed for want of storage asks for its own lease again.
    private async Task RetakeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        _nextAcquireAt = now + _options.LeaseRetryInterval;
        var sentAt = _time.GetUtcNow();
        var acquired = await CallLeaseAsync(_lease.TryAcquireAsync, cancellationToken).ConfigureAwait(false);
        if (acquired is null)
        {
            return; // storage still unavailable: again shortly, the index kept
        }

        if (acquired == false)
        {
            StepDown(now); // another instance holds it now
            return;
        }

        var answeredAt = _time.GetUtcNow();
        var heldThroughout = answeredAt < _leaseConfirmedAt + _options.LeaseDuration;
        var doubtFor = now - _leaseInDoubtSince!.Value;
        _leaseInDoubtSince = null;
        IsLeader = true;
        _leaseConfirmedAt = sentAt;
        _nextRenewAt = now + _options.RenewInterval;
        if (!heldThroughout)
        {
            await LoadCronIndexAsync(cancellationToken).ConfigureAwait(false);
        }

        TriggersLog.LeaseRetaken(_logger, doubtFor, heldThroughout, _index.Count);
    }

    private void StepDown(DateTimeOffset now)
    {
        IsLeader = false;
        _leaseInDoubtSince = null;
        _index.Clear();
        _indexLoaded = false;
        _nextAcquireAt = now + _options.AcquireInterval;
        TriggersLog.LeaseLost(_logger, null);
    }

    /// <summary>
    /// One lease call bounded by <see cref="LeaseCallTimeout"/>: its answer, or null when storage could not answer
    /// (<see cref="StorageOutage.Is"/>, or the bound passed). Other failures (a refusal that is not an outage, such as
    /// 403) count as a lost lease, as before.
    /// </summary>
    private async Task<bool?> CallLeaseAsync(Func<CancellationToken, Task<bool>> call, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(LeaseCallTimeout, _time);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return await call(bounded.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            TriggersLog.LeaseUnreachable(_logger, ex);
            return null;
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            TriggersLog.LeaseUnreachable(_logger, ex);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            TriggersLog.LeaseRefused(_logger, ex);
            return false;
        }
    }
}
