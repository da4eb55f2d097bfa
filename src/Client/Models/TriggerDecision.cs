namespace JobForge.Client.Models;

/// <summary>One decision a trigger made.</summary>
public sealed record TriggerDecision
{
    /// <summary>When it was evaluated.</summary>
    public DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>The decision.</summary>
    public string Decision { get; init; } = string.Empty;

    /// <summary>Why.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The fire identity.</summary>
    public string FireIdentity { get; init; } = string.Empty;

    /// <summary>The scheduled instant, for cron.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>The event, for event triggers.</summary>
    public string? EventId { get; init; }

    /// <summary>The job request outcome.</summary>
    public string? Outcome { get; init; }

    /// <summary>The run it requested.</summary>
    public string? RunId { get; init; }

    /// <summary>The template.</summary>
    public string TemplateKey { get; init; } = string.Empty;

    /// <summary>Whether it was a test.</summary>
    public bool Test { get; init; }
}
