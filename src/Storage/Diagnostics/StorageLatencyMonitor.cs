using System.Collections.Concurrent;
using JobForge.Domain.Admission;

namespace JobForge.Storage.Diagnostics;

/// <summary>
/// Table storage's recent latency for admission: the 90th percentile over the request attempts of the last
/// <see cref="Window"/>, where an attempt still out counts with its age so far (a hung storage account answers
/// nothing, and its requests' ages are what shows it; one slow request among many fast ones does not). Attempts are
/// reported by <see cref="StorageLatencyPolicy"/>; the figure is recomputed at most every <see cref="Refresh"/>, so
/// admission can read it on every request.
/// </summary>
public sealed class StorageLatencyMonitor : IStorageLatency
{
    /// <summary>How far back answered attempts count.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>How long a computed figure is reused.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    private const int Capacity = 512;
    private const double Percentile = 0.9;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, long> _outstanding = new();
    private readonly long[] _answeredAt = new long[Capacity];
    private readonly TimeSpan[] _durations = new TimeSpan[Capacity];
    private readonly Lock _gate = new();
    private int _next;
    private int _count;
    private long _nextId;
    private long _computedAt;
    private TimeSpan _recent;
    private bool _computed;

    /// <summary>A monitor reading <paramref name="time"/>.</summary>
    public StorageLatencyMonitor(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <inheritdoc />
    public TimeSpan Recent
    {
        get
        {
            var now = _time.GetTimestamp();
            lock (_gate)
            {
                if (!_computed || _time.GetElapsedTime(_computedAt, now) >= Refresh)
                {
                    _recent = Compute(now);
                    _computedAt = now;
                    _computed = true;
                }

                return _recent;
            }
        }
    }

    /// <summary>An attempt is being sent; returns the token to pass to <see cref="Answered"/>.</summary>
    public long Sending()
    {
        var id = Interlocked.Increment(ref _nextId);
        _outstanding[id] = _time.GetTimestamp();
        return id;
    }

    /// <summary>The attempt <paramref name="token"/> was answered, failed or timed out.</summary>
    public void Answered(long token)
    {
        if (!_outstanding.TryRemove(token, out var started))
        {
            return;
        }

        var now = _time.GetTimestamp();
        lock (_gate)
        {
            _answeredAt[_next] = now;
            _durations[_next] = _time.GetElapsedTime(started, now);
            _next = (_next + 1) % Capacity;
            _count = Math.Min(_count + 1, Capacity);
        }
    }

    // Called under _gate.
    private TimeSpan Compute(long now)
    {
        var latencies = new List<TimeSpan>(_count + _outstanding.Count);
        for (var i = 0; i < _count; i++)
        {
            if (_time.GetElapsedTime(_answeredAt[i], now) <= Window)
            {
                latencies.Add(_durations[i]);
            }
        }

        foreach (var started in _outstanding.Values)
        {
            latencies.Add(_time.GetElapsedTime(started, now));
        }

        if (latencies.Count == 0)
        {
            return TimeSpan.Zero;
        }

        latencies.Sort();
        return latencies[(int)Math.Ceiling(Percentile * latencies.Count) - 1];
    }
}
