using System.Text.Json;

namespace JobForge.Domain.Steps;

/// <summary>What a handler gets for one attempt of one step.</summary>
/// <param name="TenantId">The run's tenant.</param>
/// <param name="RunId">The run id.</param>
/// <param name="StepId">The step id.</param>
/// <param name="Attempt">The attempt number, 1 for the first.</param>
/// <param name="Inputs">The resolved <c>with</c> object (secrets substituted; never log it).</param>
public sealed record StepContext(string TenantId, string RunId, string StepId, int Attempt, JsonElement Inputs)
{
    /// <summary>The project, if the run has one.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The trace id that follows the run.</summary>
    public string TraceId { get; init; } = "";

    /// <summary>
    /// The attempt's stable idempotency key (<c>run:step:attempt</c>); handlers pass it on (HTTP steps send it as
    /// <c>Idempotency-Key</c>) so external effects can be exactly-once.
    /// </summary>
    public string IdempotencyKey => $"{RunId}:{StepId}:{Attempt}";

    /// <summary>The attempt's timeout (the runner also cancels the token when it passes).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Secret values substituted into <see cref="Inputs"/>; outputs and logs must not contain them.</summary>
    public IReadOnlyCollection<string> SecretValues { get; init; } = [];
}
