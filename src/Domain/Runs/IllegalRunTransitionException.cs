namespace JobForge.Domain.Runs;

/// <summary>A state change outside the transition table: a bug in the decider or its host, never bad user input.</summary>
public sealed class IllegalRunTransitionException : InvalidOperationException
{
    /// <summary>An exception naming the transition.</summary>
    public IllegalRunTransitionException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with no message.</summary>
    public IllegalRunTransitionException()
    {
    }

    /// <summary>An exception wrapping <paramref name="innerException"/>.</summary>
    public IllegalRunTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
