namespace JobForge.Storage.Events;

/// <summary>
/// A listing cursor that this store did not issue for this tenant and these filters (tampered, truncated, or taken from
/// another query). Endpoints map it to 400 validation_failed.
/// </summary>
public sealed class InvalidCursorException : ArgumentException
{
    /// <summary>An exception with the standard message.</summary>
    public InvalidCursorException()
        : base("The cursor is not valid for this listing; start again without a cursor.", "cursor")
    {
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public InvalidCursorException(string message)
        : base(message, "cursor")
    {
    }

    /// <summary>An exception with <paramref name="message"/> and its cause.</summary>
    public InvalidCursorException(string message, Exception innerException)
        : base(message, "cursor", innerException)
    {
    }
}
