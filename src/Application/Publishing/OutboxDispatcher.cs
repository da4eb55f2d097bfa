using System.Collections.Concurrent;
using System.Threading.Channels;
using JobForge.Domain.Events;
using JobForge.Storage.Publishing;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Publishing;

/// <summary>
/// Drains the transactional outbox into the broker: a thin loop around <see cref="TickAsync"/>. The fast path takes
/// entries from <see cref="IEventOutbox.ReadAppendedAsync"/> as soon as they are durable; every
/// <see cref="PublishingOptions.PollInterval"/> a poll (<see cref="IEventOutbox.ReadPendingAsync"/>, lagged by
/// <see cref="PublishingOptions.PendingLag"/>) finds what the fast path missed (a crash, a broker outage, another
/// server's entries). While the fast path runs and polls find nothing, the poll backs off to
/// <see cref="PublishingOptions.IdlePollInterval"/> (<see cref="OutboxPollSchedule"/>): an idle server then costs one
/// poll per that interval, and another server's leftovers are published within <c>PendingLag + IdlePollInterval</c>.
/// Anything happening — fast-path entries, a lost fast-path hint, a failure, a poll that found entries — polls at the
/// fast interval again. Without a fast path (a host that only calls <see cref="TickAsync"/>) the poll carries new
/// entries too, so it never backs off. An entry is completed only after the publisher accepted it, so delivery is at least once; the
/// message id (the event id) lets the broker drop repeats. While the broker is down the dispatcher backs off
/// exponentially and the entries stay pending; nothing is dropped. With <see cref="PublishingMode.None"/> (and
/// observers registered, see <see cref="OutboxDispatch"/>) the publisher is <see cref="ObserveOnlyEventPublisher"/>:
/// entries are shown to the observers and completed, sent nowhere.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    private const int RecentCapacityBatches = 10;
    private readonly IEventOutbox _outbox;
    private readonly IEventPublisher _publisher;
    private readonly PublishingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly IReadOnlyList<IOutboxObserver> _observers;
    private readonly Channel<OutboxEntry> _appended;
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly List<OutboxEntry> _carry = [];
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);
    private readonly RecentIds _recentlyCompleted;
    private readonly OutboxPollSchedule _polls;
    private int _fastPaths;
    private int _hintsLost;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private int _failures;

    /// <summary>A dispatcher from <paramref name="outbox"/> to <paramref name="publisher"/>, timed by <paramref name="time"/>; <paramref name="observers"/> see each published batch.</summary>
    public OutboxDispatcher(
        IEventOutbox outbox, IEventPublisher publisher, IOptions<PublishingOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger,
        IEnumerable<IOutboxObserver>? observers = null)
    {
        _observers = observers?.ToList() ?? [];
        _outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        _publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        // Fast-path hints only: when full, new entries are skipped here and the poll publishes them.
        _appended = Channel.CreateBounded<OutboxEntry>(new BoundedChannelOptions(_options.BatchSize * RecentCapacityBatches)
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
        _recentlyCompleted = new RecentIds(_options.BatchSize * RecentCapacityBatches);
        _polls = new OutboxPollSchedule(_options.PollInterval, _options.IdlePollInterval);
    }

    /// <summary>Entries being published right now (by any tick).</summary>
    public int InFlightCount => _inFlight.Count;

    /// <summary>Feeds the fast path from <see cref="IEventOutbox.ReadAppendedAsync"/> until cancelled (the loop runs it; tests may too).</summary>
    /// <remarks>While it runs, the poll may back off (<see cref="PublishingOptions.IdlePollInterval"/>): new entries come this way.</remarks>
    public async Task PumpAppendedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fastPaths);
        try
        {
            await PumpUntilCancelledAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _fastPaths);
        }
    }

    private async Task PumpUntilCancelledAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var entry in _outbox.ReadAppendedAsync(cancellationToken))
                {
                    if (!_appended.Writer.TryWrite(entry))
                    {
                        Volatile.Write(ref _hintsLost, 1); // Only the poll finds it now: poll at the fast interval.
                    }
                }

                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Volatile.Write(ref _hintsLost, 1);
                PublishingLog.FastPathFailed(_logger, _options.MinRetryBackoff, ex);
                await Task.Delay(_options.MinRetryBackoff, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.Mode == PublishingMode.None)
        {
            PublishingLog.ObservingOnly(_logger, _options.PollInterval, _options.IdlePollInterval);
        }
        else
        {
            PublishingLog.Started(_logger, _options.PollInterval, _options.IdlePollInterval, _options.BatchSize);
        }

        var pump = PumpAppendedAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                OutboxTickResult result;
                try
                {
                    result = await TickAsync(_time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    PublishingLog.TickFailed(_logger, ex);
                    result = OutboxTickResult.Waiting(_time.GetUtcNow() + _options.MinRetryBackoff);
                }

                await WaitForWorkAsync(result, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await pump.ConfigureAwait(false);
    }

    private async Task WaitForWorkAsync(OutboxTickResult result, CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        if (result.RetryAt is { } retryAt)
        {
            await Task.Delay(Positive(retryAt - now), _time, stoppingToken).ConfigureAwait(false);
            return;
        }

        if (result.Published + result.Rejected >= _options.BatchSize)
        {
            return; // A full batch: more is probably waiting.
        }

        DateTimeOffset nextPoll;
        lock (_gate)
        {
            nextPoll = _polls.NextPollAt;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var appended = _appended.Reader.WaitToReadAsync(wake.Token).AsTask();
        var poll = Task.Delay(Positive(nextPoll - now), _time, wake.Token);
        await Task.WhenAny(appended, poll).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private static TimeSpan Positive(TimeSpan delay) => delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
}
