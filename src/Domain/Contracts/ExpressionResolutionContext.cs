using System.Text.Json;

namespace JobForge.Domain.Contracts;

/// <summary>The values expressions resolve against, for <see cref="ExpressionResolver"/>.</summary>
/// <param name="Run">The <c>run.*</c> values.</param>
/// <param name="SecretLookup">
/// Returns the value of a secret by name, or null when there is none. It is the caller's code: it should not throw
/// (an exception from it is not caught).
/// </param>
public sealed record ExpressionResolutionContext(RunExpressionValues Run, Func<string, string?> SecretLookup)
{
    /// <summary>The run's validated inputs (an object). Undefined (the default) means "no inputs".</summary>
    public JsonElement Inputs { get; init; }

    /// <summary>The outputs of the steps that have completed, by step id.</summary>
    public IReadOnlyDictionary<string, JsonElement> StepOutputs { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The triggering event, for trigger contracts parsed with <see cref="ExpressionParserOptions.AllowEvent"/>.</summary>
    public JsonElement? Event { get; init; }

    /// <summary>The largest resolved <c>with</c> value, in UTF-8 bytes of compact JSON (default 1 MiB).</summary>
    public int MaxOutputBytes { get; init; } = 1024 * 1024;
}
