namespace JobForge.Storage.Audit;

/// <summary>
/// An audit cursor that was not issued for this tenant and these filters, or was altered. The API answers it with
/// 400 <c>validation_failed</c> at path <c>cursor</c>.
/// </summary>
public sealed class AuditCursorException : ArgumentException
{
    /// <summary>Creates the exception with a message safe to show to the caller.</summary>
    public AuditCursorException(string message)
        : base(message, "cursor")
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public AuditCursorException()
        : this("The cursor is not valid for this tenant and these filters; start again without a cursor.")
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AuditCursorException(string message, Exception innerException)
        : base(message, "cursor", innerException)
    {
    }
}
