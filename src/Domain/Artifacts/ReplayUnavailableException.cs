namespace JobForge.Domain.Artifacts;

/// <summary>The host cannot replay runs (no <see cref="IReplayExecutor"/> is registered yet).</summary>
public sealed class ReplayUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReplayUnavailableException()
        : base("Replay is not available in this host.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ReplayUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public ReplayUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
