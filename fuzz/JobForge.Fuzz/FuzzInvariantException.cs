namespace JobForge.Fuzz;

/// <summary>A parser returned a result that breaks its documented contract.</summary>
public sealed class FuzzInvariantException : Exception
{
    /// <summary>An invariant that failed, named by <paramref name="message"/>.</summary>
    public FuzzInvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public FuzzInvariantException()
    {
    }

    /// <summary>Creates the exception wrapping <paramref name="innerException"/>.</summary>
    public FuzzInvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
