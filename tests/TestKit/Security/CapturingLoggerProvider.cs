using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JobForge.TestKit.Security;

/// <summary>
/// Keeps every log line the server writes: the formatted message, each structured value, the exception's text and the
/// values of every active scope, so the leak scan sees what any log sink could.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedText> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Everything logged so far.</summary>
    public IReadOnlyList<CapturedText> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(value => value.Key + "=" + value.Value));
            }

            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            provider._scopes.ForEachScope(
                static (scope, list) =>
                {
                    list.Add(scope?.ToString() ?? string.Empty);
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        list.AddRange(pairs.Select(pair => pair.Key + "=" + pair.Value));
                    }
                },
                parts);
            provider._lines.Enqueue(new CapturedText($"log {logLevel} {category} ({eventId.Id})", string.Join(" | ", parts)));
        }
    }
}
