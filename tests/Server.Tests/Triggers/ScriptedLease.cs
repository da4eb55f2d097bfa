using JobForge.Application.Triggers;

namespace JobForge.Server.Tests.Triggers;

/// <summary>A lease whose answers the test sets: granted, storage unreachable (as the SDK throws after its retries), or held by another instance.</summary>
internal sealed class ScriptedLease : ISchedulerLease
{
    private volatile LeaseAnswer _next = LeaseAnswer.Granted;
    private int _acquires;

    public LeaseAnswer Next
    {
        get => _next;
        set => _next = value;
    }

    public int Acquires => Volatile.Read(ref _acquires);

    public Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _acquires);
        return Answer();
    }

    public Task<bool> RenewAsync(CancellationToken cancellationToken = default) => Answer();

    public Task ReleaseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    private Task<bool> Answer() => _next switch
    {
        LeaseAnswer.Unreachable => Task.FromException<bool>(new AggregateException(new HttpRequestException("Connection refused (127.0.0.1:10000)"))),
        LeaseAnswer.HeldByAnother => Task.FromResult(false),
        _ => Task.FromResult(true),
    };
}

/// <summary>What <see cref="ScriptedLease"/> answers next.</summary>
internal enum LeaseAnswer
{
    Granted,
    Unreachable,
    HeldByAnother,
}
