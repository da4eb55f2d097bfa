using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>A step failure: a stable type, a message, never a stack trace.</summary>
public sealed record StepFailure
{
    /// <summary>The failure type.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The handler kind.</summary>
    public string Handler { get; init; } = string.Empty;

    /// <summary>When it failed.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Whether it may be retried.</summary>
    public bool Retryable { get; init; }

    /// <summary>Details, if any.</summary>
    public JsonElement? Details { get; init; }

    /// <summary>The retry delay the handler asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
