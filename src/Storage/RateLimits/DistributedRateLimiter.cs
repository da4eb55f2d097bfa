using System.Collections.Concurrent;
using JobForge.Domain.RateLimits;
using Azure.Data.Tables;
using JobForge.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JobForge.Storage.RateLimits;

/// <summary>
/// A fixed-window (one minute, aligned to the minute) rate limiter shared by several servers through Table Storage.
/// Each server counts locally and merges its own count into the key's row for the window (property
/// <c>srv_{instanceId}</c>, row key = window, partition key = tenant[/actor]), reading the row back for the others' sum.
/// Admission: others' last known sum + own local count &lt; limit.
/// </summary>
/// <remarks>
/// <para>
/// <b>Synchronisation.</b> The first request of a key in a window synchronises (learning the other servers). After
/// that each server may grant a small fast share locally — min((0.9·limit − known total) / servers, limit / 32),
/// at least 1 — and the count is also refreshed in the background at most every
/// <see cref="RateLimitOptions.SyncInterval"/> per active key. Past 90 %, or once its share is used, an admission
/// first reserves the permit, writes its count and reads the row: of two servers racing for the last permits at least
/// one sees the other's write, so near the limit nothing is granted on stale data.
/// </para>
/// <para>
/// <b>Error bound.</b> The only grants another server cannot see are each server's fast grants since its last write:
/// at most min(rate × sync interval, limit / 32) per server, so the overshoot is at most
/// servers × min(rate × SyncInterval, ⌈limit / 32⌉). For the default 100/min that is 3 permits per server: 6 % with
/// two servers, 9 % with three (tests run two and three servers on one table). Denials never synchronise: counts only
/// grow within a window. Storage cost per active key and server: two requests per sync, one sync per SyncInterval or
/// per fast share, and one per admission in the last 10 %.
/// </para>
/// <para>
/// <b>Failures.</b> When the table cannot be reached, this server decides on its last known counts (fails open to a
/// local limit) and retries synchronising after a second. <b>Cleanup.</b> When a key enters a new window the previous
/// window's row is deleted; keys idle for a window are swept from memory and their last row deleted. A peer's late
/// write can recreate an old row; such a row is never read again.
/// </para>
/// </remarks>
public sealed partial class DistributedRateLimiter : IRateLimiter
{
    private const double StrictFraction = 0.9;
    private const int FastShareDivisor = 32;
    private readonly TableClient _table;
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, RateLimitKeyState> _states = new(StringComparer.Ordinal);
    private readonly string _ownProperty;
    private long _sweptWindow;

    /// <summary>A limiter counting in <paramref name="table"/> (created on first use).</summary>
    public DistributedRateLimiter(TableClient table, RateLimitOptions options, TimeProvider time, ILogger<DistributedRateLimiter> logger)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        InstanceId = string.IsNullOrEmpty(options.InstanceId) ? Guid.NewGuid().ToString("N") : options.InstanceId;
        _ownProperty = ServerPropertyPrefix + InstanceId;
    }

    /// <summary>This server's id in the shared rows.</summary>
    public string InstanceId { get; }

    /// <inheritdoc />
    public async ValueTask<RateLimitDecision> AcquireAsync(string tenantId, string? actorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var limit = _options.LimitFor(tenantId, actorId);
        var now = _time.GetUtcNow();
        var window = now.ToUnixTimeSeconds() / 60;
        var resetAt = WindowStart(window + 1);
        SweepIdleKeys(window);
        var state = _states.GetOrAdd(PartitionKeyFor(tenantId, _options.PerActor ? actorId : null), static key => new RateLimitKeyState(key));

        long expired = -1;
        bool strict, background = false;
        lock (state.Gate)
        {
            if (state.Window != window)
            {
                expired = state.Window;
                state.Reset(window);
            }

            state.Limit = limit;
            var total = state.Others + state.Own;
            if (total >= limit)
            {
                return Deny(limit, resetAt, now);
            }

            var canSync = now >= state.SyncRetryAt;
            strict = canSync && (state.LastSync == DateTimeOffset.MinValue
                || total >= (int)(limit * StrictFraction)
                || state.Own - state.OwnAtSync >= state.FastBudget);
            state.Own++; // Granted, or reserved until the synchronisation below says whether it fits.
            if (!strict && canSync && !state.BackgroundSyncRunning && now - state.LastSync >= _options.SyncInterval)
            {
                background = state.BackgroundSyncRunning = true;
            }
        }

        if (expired >= 0)
        {
            _ = DeleteWindowAsync(state.PartitionKey, expired);
        }

        if (!strict)
        {
            if (background)
            {
                _ = BackgroundSyncAsync(state, window);
            }

            return Allow(state, limit, resetAt);
        }

        await SyncAsync(state, window, cancellationToken).ConfigureAwait(false);
        lock (state.Gate)
        {
            if (state.Window == window && state.Others + state.Own > limit)
            {
                state.Own--;
                return Deny(limit, resetAt, now);
            }
        }

        return Allow(state, limit, resetAt);
    }

    private static RateLimitDecision Allow(RateLimitKeyState state, int limit, DateTimeOffset resetAt)
    {
        lock (state.Gate)
        {
            return new RateLimitDecision(true, limit, Math.Max(0, limit - state.Others - state.Own), resetAt, TimeSpan.Zero);
        }
    }

    private static RateLimitDecision Deny(int limit, DateTimeOffset resetAt, DateTimeOffset now) =>
        new(false, limit, 0, resetAt, resetAt - now);

    private static DateTimeOffset WindowStart(long window) => DateTimeOffset.FromUnixTimeSeconds(window * 60);
}
