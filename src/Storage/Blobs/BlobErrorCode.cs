using System.ComponentModel;

namespace JobForge.Storage.Blobs;

/// <summary>
/// Error codes the Blob service returns in <c>x-ms-error-code</c>, comparable with
/// <see cref="Azure.RequestFailedException.ErrorCode"/> (<c>ex.ErrorCode == BlobErrorCode.BlobNotFound</c>).
/// Extensible: any code the service sends converts implicitly. Comparison ignores case; a null code equals nothing.
/// See https://learn.microsoft.com/rest/api/storageservices/blob-service-error-codes.
/// </summary>
public readonly struct BlobErrorCode : IEquatable<BlobErrorCode>
{
    private readonly string? _value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public BlobErrorCode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>409 on a create-only (<c>If-None-Match: *</c>) put of a blob that exists.</summary>
    public static BlobErrorCode BlobAlreadyExists { get; } = new("BlobAlreadyExists");

    /// <summary>404: the blob does not exist.</summary>
    public static BlobErrorCode BlobNotFound { get; } = new("BlobNotFound");

    /// <summary>409: the container exists (tolerated by create-if-not-exists).</summary>
    public static BlobErrorCode ContainerAlreadyExists { get; } = new("ContainerAlreadyExists");

    /// <summary>409: the container is being deleted; retry creating it later.</summary>
    public static BlobErrorCode ContainerBeingDeleted { get; } = new("ContainerBeingDeleted");

    /// <summary>404: the container does not exist.</summary>
    public static BlobErrorCode ContainerNotFound { get; } = new("ContainerNotFound");

    /// <summary>412: an <c>If-Match</c> (or other) precondition failed, for example a stale ETag.</summary>
    public static BlobErrorCode ConditionNotMet { get; } = new("ConditionNotMet");

    /// <summary>409: another holder has an active lease; the normal outcome of losing an election.</summary>
    public static BlobErrorCode LeaseAlreadyPresent { get; } = new("LeaseAlreadyPresent");

    /// <summary>409: the lease is being broken and cannot be acquired until the break period ends.</summary>
    public static BlobErrorCode LeaseIsBreakingAndCannotBeAcquired { get; } = new("LeaseIsBreakingAndCannotBeAcquired");

    /// <summary>409: the lease id given does not match the blob's active lease.</summary>
    public static BlobErrorCode LeaseIdMismatchWithLeaseOperation { get; } = new("LeaseIdMismatchWithLeaseOperation");

    /// <summary>409: renew, release or change on a blob that has no lease (for example after it expired and another took it).</summary>
    public static BlobErrorCode LeaseNotPresentWithLeaseOperation { get; } = new("LeaseNotPresentWithLeaseOperation");

    /// <summary>412: a write with a lease id whose lease has expired.</summary>
    public static BlobErrorCode LeaseLost { get; } = new("LeaseLost");

    /// <summary>412: a write to a leased blob that did not give the lease id.</summary>
    public static BlobErrorCode LeaseIdMissing { get; } = new("LeaseIdMissing");

    /// <summary>412: a write with a lease id that is not the active lease's.</summary>
    public static BlobErrorCode LeaseIdMismatchWithBlobOperation { get; } = new("LeaseIdMismatchWithBlobOperation");

    /// <summary>400: the <c>Content-MD5</c> sent does not match the content received.</summary>
    public static BlobErrorCode Md5Mismatch { get; } = new("Md5Mismatch");

    /// <summary>Converts a service error code.</summary>
    public static implicit operator BlobErrorCode(string value) => new(value);

    /// <summary>Whether two codes are equal, ignoring case.</summary>
    public static bool operator ==(BlobErrorCode left, BlobErrorCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(BlobErrorCode left, BlobErrorCode right) => !left.Equals(right);

    /// <summary>Whether a service error code (possibly null) is <paramref name="right"/>.</summary>
    public static bool operator ==(string? left, BlobErrorCode right) => right.Equals(left);

    /// <summary>Whether a service error code (possibly null) is not <paramref name="right"/>.</summary>
    public static bool operator !=(string? left, BlobErrorCode right) => !right.Equals(left);

    /// <summary>Whether <paramref name="left"/> is the service error code <paramref name="right"/> (possibly null).</summary>
    public static bool operator ==(BlobErrorCode left, string? right) => left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is not the service error code <paramref name="right"/>.</summary>
    public static bool operator !=(BlobErrorCode left, string? right) => !left.Equals(right);

    /// <summary>Whether <paramref name="code"/> (possibly null) is this code, ignoring case.</summary>
    public bool Equals(string? code) => code is not null && string.Equals(_value, code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Equals(BlobErrorCode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is BlobErrorCode other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;
}
