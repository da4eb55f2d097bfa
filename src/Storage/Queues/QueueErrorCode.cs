using System.ComponentModel;

namespace JobForge.Storage.Queues;

/// <summary>
/// Error codes the Queue service returns in <c>x-ms-error-code</c>, comparable with
/// <see cref="Azure.RequestFailedException.ErrorCode"/> (<c>ex.ErrorCode == QueueErrorCode.MessageNotFound</c>).
/// Extensible: any code the service sends converts implicitly. Comparison ignores case; a null code equals nothing.
/// See https://learn.microsoft.com/rest/api/storageservices/queue-service-error-codes.
/// </summary>
public readonly struct QueueErrorCode : IEquatable<QueueErrorCode>
{
    private readonly string? _value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public QueueErrorCode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>409: the queue exists with different metadata.</summary>
    public static QueueErrorCode QueueAlreadyExists { get; } = new("QueueAlreadyExists");

    /// <summary>409: the queue is being deleted; retry creating it later.</summary>
    public static QueueErrorCode QueueBeingDeleted { get; } = new("QueueBeingDeleted");

    /// <summary>404: the queue does not exist.</summary>
    public static QueueErrorCode QueueNotFound { get; } = new("QueueNotFound");

    /// <summary>404: the message does not exist, or the pop receipt is no longer its current one.</summary>
    public static QueueErrorCode MessageNotFound { get; } = new("MessageNotFound");

    /// <summary>400: the pop receipt does not match the message's current one.</summary>
    public static QueueErrorCode PopReceiptMismatch { get; } = new("PopReceiptMismatch");

    /// <summary>400: the message exceeds the 64 KiB limit.</summary>
    public static QueueErrorCode MessageTooLarge { get; } = new("MessageTooLarge");

    /// <summary>Converts a service error code.</summary>
    public static implicit operator QueueErrorCode(string value) => new(value);

    /// <summary>Whether two codes are equal, ignoring case.</summary>
    public static bool operator ==(QueueErrorCode left, QueueErrorCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(QueueErrorCode left, QueueErrorCode right) => !left.Equals(right);

    /// <summary>Whether a service error code (possibly null) is <paramref name="right"/>.</summary>
    public static bool operator ==(string? left, QueueErrorCode right) => right.Equals(left);

    /// <summary>Whether a service error code (possibly null) is not <paramref name="right"/>.</summary>
    public static bool operator !=(string? left, QueueErrorCode right) => !right.Equals(left);

    /// <summary>Whether <paramref name="left"/> is the service error code <paramref name="right"/> (possibly null).</summary>
    public static bool operator ==(QueueErrorCode left, string? right) => left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is not the service error code <paramref name="right"/>.</summary>
    public static bool operator !=(QueueErrorCode left, string? right) => !left.Equals(right);

    /// <summary>Whether <paramref name="code"/> (possibly null) is this code, ignoring case.</summary>
    public bool Equals(string? code) => code is not null && string.Equals(_value, code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Equals(QueueErrorCode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is QueueErrorCode other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;
}
