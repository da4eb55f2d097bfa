using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>One step of a run.</summary>
public sealed record RunStep
{
    /// <summary>The step id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The handler kind.</summary>
    public string Uses { get; init; } = string.Empty;

    /// <summary>The step status.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When the first attempt started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The summed duration of its attempts.</summary>
    public long DurationMs { get; init; }

    /// <summary>The top-level keys of its outputs.</summary>
    public IReadOnlyList<string> OutputKeys { get; init; } = [];

    /// <summary>The size of its outputs.</summary>
    public int OutputBytes { get; init; }

    /// <summary>The last failure, if any.</summary>
    public StepFailure? Failure { get; init; }

    /// <summary>The compensation outcome, if compensated.</summary>
    public StepFailure? Compensation { get; init; }

    /// <summary>The outputs themselves, when read with <c>?include=outputs</c> (bounded and redacted).</summary>
    public JsonElement? Outputs { get; init; }

    /// <summary>Whether <see cref="Outputs"/> was cut short.</summary>
    public bool? OutputsTruncated { get; init; }
}
