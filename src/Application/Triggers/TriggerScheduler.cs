using JobForge.Domain.Triggers;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Triggers;

/// <summary>
/// Fires cron triggers and keeps the event trigger index current: a thin loop around <see cref="TickAsync"/>, timed by
/// <see cref="TimeProvider"/>. One scheduler among all servers is the leader (an <see cref="ISchedulerLease"/>); it
/// keeps a <see cref="CronIndex"/> loaded at election and refreshed from local changes and the change feed, fires due
/// slots through the gate with the slot's fire identity as idempotency key, and advances each checkpoint with an ETag.
/// A renew that fails for want of storage pauses firing and retries the lease with its own id every second, index
/// kept (<c>TriggerScheduler.Lease.cs</c>).
/// Idle cost: a renew per <see cref="TriggerSchedulerOptions.RenewInterval"/> plus a change-feed read per
/// <see cref="TriggerSchedulerOptions.ChangePollInterval"/> (0.3 requests/s with the defaults).
/// </summary>
public sealed partial class TriggerScheduler : BackgroundService
{
    private readonly ITriggerStore _store;
    private readonly ITriggerIndexSource _source;
    private readonly ITriggerCheckpoints _checkpoints;
    private readonly ISchedulerLease _lease;
    private readonly TriggerEvaluator _evaluator;
    private readonly EventTriggerIndex _events;
    private readonly TriggerChangeSignal _signal;
    private readonly TriggerSchedulerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TriggerScheduler> _logger;
    private readonly CronIndex _index = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _tickGate = new(1, 1);
    private volatile bool _abandoned;

    /// <summary>A scheduler over the given ports.</summary>
    public TriggerScheduler(
        ITriggerStore store, ITriggerIndexSource source, ITriggerCheckpoints checkpoints, ISchedulerLease lease, TriggerEvaluator evaluator,
        EventTriggerIndex events, TriggerChangeSignal signal, IOptions<TriggerSchedulerOptions> options, TimeProvider time, ILogger<TriggerScheduler> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _checkpoints = checkpoints ?? throw new ArgumentNullException(nameof(checkpoints));
        _lease = lease ?? throw new ArgumentNullException(nameof(lease));
        _evaluator = evaluator ?? throw new ArgumentNullException(nameof(evaluator));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _signal = signal ?? throw new ArgumentNullException(nameof(signal));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _signal.Changed += Wake;
    }

    /// <summary>Whether this instance is the leader.</summary>
    public bool IsLeader { get; private set; }

    /// <summary>The leader's index (empty on a standby).</summary>
    public CronIndex Index => _index;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested && !_abandoned)
            {
                TriggerTickResult result;
                try
                {
                    result = await TickAsync(_time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    TriggersLog.TickFailed(_logger, ex);
                    result = new TriggerTickResult(IsLeader, 0, _time.GetUtcNow() + TimeSpan.FromSeconds(1));
                }

                if (_abandoned)
                {
                    return;
                }

                await WaitAsync(result.WakeAt - _time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Releasing the lease is a courtesy (a standby takes over at once instead of when it lapses), so stopping never
    /// fails on it: the release gets at most <see cref="ReleaseTimeout"/>, and a failure (storage gone, as when the
    /// emulator stops first) is logged and the server stops cleanly.
    /// </remarks>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if ((IsLeader || LeaseInDoubt) && !_abandoned)
        {
            IsLeader = false;
            _leaseInDoubtSince = null;
            using var limit = new CancellationTokenSource(ReleaseTimeout, _time);
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
            try
            {
                await _lease.ReleaseAsync(bounded.Token).ConfigureAwait(false);
                TriggersLog.Released(_logger);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                TriggersLog.ReleaseFailed(_logger, _options.LeaseDuration, ex);
            }
        }
    }

    /// <summary>The longest stopping waits for the lease release.</summary>
    public static TimeSpan ReleaseTimeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Stops ticking without releasing the lease, as a crashed server would (tests of failover).</summary>
    public void Abandon()
    {
        _abandoned = true;
        IsLeader = false;
        Wake();
        _index.Clear();
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _signal.Changed -= Wake;
        _wake.Dispose();
        _tickGate.Dispose();
        base.Dispose();
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var signalled = _wake.WaitAsync(wake.Token);
        var timer = Task.Delay(delay < _options.MaxIdleDelay ? delay : _options.MaxIdleDelay, _time, wake.Token);
        await Task.WhenAny(signalled, timer).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (Exception ex) when (ex is SemaphoreFullException or ObjectDisposedException)
        {
        }
    }
}
