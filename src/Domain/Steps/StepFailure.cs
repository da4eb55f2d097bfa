using System.Text.Json;

namespace JobForge.Domain.Steps;

/// <summary>
/// Why a step attempt failed: the error envelope of a step (never a stack trace). <see cref="Retryable"/> false
/// fails the step at once; <see cref="RetryAfter"/> (e.g. from a <c>Retry-After</c> header) is the least wait before
/// the next attempt.
/// </summary>
/// <param name="Type">A stable type from <see cref="StepFailureTypes"/>.</param>
/// <param name="Message">A human sentence, free of secrets.</param>
/// <param name="Handler">The handler kind that failed, e.g. <c>http</c> (or <c>engine</c>).</param>
/// <param name="Timestamp">When it failed.</param>
/// <param name="Retryable">Whether another attempt may succeed.</param>
public sealed record StepFailure(string Type, string Message, string Handler, DateTimeOffset Timestamp, bool Retryable)
{
    /// <summary>Structured details (a JSON object), free of secrets; null when none.</summary>
    public JsonElement? Details { get; init; }

    /// <summary>The least wait before the next attempt, when the callee asked for one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
