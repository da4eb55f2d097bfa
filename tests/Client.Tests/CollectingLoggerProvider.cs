using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JobForge.Client.Tests;

/// <summary>Collects every log message (all levels) with its scopes' text, for asserting what never gets logged.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collecting(this);

    public void Dispose()
    {
    }

    private sealed class Collecting(CollectingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.Messages.Enqueue("scope: " + state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Messages.Enqueue(formatter(state, exception) + " " + exception);
    }
}
