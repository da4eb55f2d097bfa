using Microsoft.Extensions.Options;

namespace JobForge.Application.Auth;

/// <summary>
/// Counts failed authentications per client (its remote address) in fixed windows of
/// <see cref="ApiKeyAuthOptions.FailedAttemptWindow"/>. Once a client has failed
/// <see cref="ApiKeyAuthOptions.MaxFailedAttempts"/> times in a window, every API request it makes is refused with 429
/// until the window ends, the right key included, so guessing keys costs a window per batch. It also decides which
/// failures are audited: the first of each kind (reason and key id) in a window, then one record when the client is
/// throttled, so repeated failures make a bounded number of audit rows. Bounded memory; thread-safe.
/// </summary>
public sealed class FailedAuthenticationThrottle
{
    private const int MaxClients = 100_000;

    private readonly Dictionary<string, Window> _clients = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly TimeSpan _window;

    /// <summary>A throttle timed by <paramref name="time"/>.</summary>
    public FailedAuthenticationThrottle(TimeProvider time, IOptions<ApiKeyAuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _limit = options.Value.MaxFailedAttempts;
        _window = options.Value.FailedAttemptWindow;
    }

    /// <summary>How long <paramref name="client"/> must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return _clients.TryGetValue(client, out var window) && window.Failures >= _limit && window.EndsAt > now
                ? window.EndsAt - now
                : null;
        }
    }

    /// <summary>Records a failure of <paramref name="client"/> of kind <paramref name="kind"/>; says what to audit.</summary>
    public FailedAttempt RecordFailure(string client, string kind)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_clients.TryGetValue(client, out var window) || window.EndsAt <= now)
            {
                Prune(now);
                window = new Window(now + _window);
                _clients[client] = window;
            }

            window.Failures++;
            var firstOfKind = window.Kinds.Count < _limit && window.Kinds.Add(kind);
            return new FailedAttempt(window.Failures, AuditThis: firstOfKind, Throttled: window.Failures == _limit);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_clients.Count < MaxClients)
        {
            return;
        }

        foreach (var (client, window) in _clients.Where(entry => entry.Value.EndsAt <= now).ToList())
        {
            _clients.Remove(client);
        }

        if (_clients.Count >= MaxClients)
        {
            _clients.Clear();
        }
    }

    private sealed class Window(DateTimeOffset endsAt)
    {
        public DateTimeOffset EndsAt { get; } = endsAt;

        public int Failures { get; set; }

        public HashSet<string> Kinds { get; } = new(StringComparer.Ordinal);
    }
}
