namespace JobForge.Client.Models;

/// <summary>The retry policy of a planned step.</summary>
public sealed record PlanRetry
{
    /// <summary>Attempts at most.</summary>
    public int MaxAttempts { get; init; }

    /// <summary>The first interval.</summary>
    public string FirstInterval { get; init; } = string.Empty;

    /// <summary>The backoff factor.</summary>
    public double Backoff { get; init; }

    /// <summary>The largest interval.</summary>
    public string MaxInterval { get; init; } = string.Empty;
}
