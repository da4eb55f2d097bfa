using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JobForge.Functions.Tests.Runs;

/// <summary>Keeps every log line with its exception, for failure messages.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    /// <summary>The lines, oldest first.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Lines.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
    }
}
