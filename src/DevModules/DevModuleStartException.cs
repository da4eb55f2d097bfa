namespace JobForge.DevModules;

/// <summary>The host refused to start (the Production environment, or a missing setting); the message says why and what to set.</summary>
public sealed class DevModuleStartException : Exception
{
    /// <summary>A refusal with <paramref name="message"/>.</summary>
    public DevModuleStartException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal without a message.</summary>
    public DevModuleStartException()
    {
    }

    /// <summary>A refusal with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public DevModuleStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
