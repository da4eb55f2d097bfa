using System.Collections.Concurrent;
using JobForge.Domain.Events;

namespace JobForge.Server.Tests.Publishing;

/// <summary>An <see cref="IEventPublisher"/> that records accepted messages and fails or rejects on command.</summary>
internal sealed class RecordingPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<OutboxMessage> _accepted = new();
    private int _failNext;

    /// <summary>Every message accepted, in order (a re-publish appears twice).</summary>
    public IReadOnlyList<OutboxMessage> Accepted => [.. _accepted];

    public int Calls { get; private set; }

    /// <summary>Event ids the publisher cannot send (it throws <see cref="ArgumentException"/>, like an oversized message).</summary>
    public HashSet<string> Unsendable { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, each publish waits for it (to hold a batch in flight).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public void FailNext(int times) => Volatile.Write(ref _failNext, times);

    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Interlocked.Decrement(ref _failNext) >= 0)
        {
            throw new Azure.RequestFailedException(503, "The broker is down (scripted).");
        }

        if (messages.FirstOrDefault(m => Unsendable.Contains(m.EventId)) is { } bad)
        {
            throw new ArgumentException($"Message '{bad.EventId}' is too large (scripted).", nameof(messages));
        }

        foreach (var message in messages)
        {
            _accepted.Enqueue(message);
        }
    }
}
