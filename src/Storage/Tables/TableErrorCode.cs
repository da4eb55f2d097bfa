namespace JobForge.Storage.Tables;

/// <summary>
/// The error codes the Table service puts in <see cref="Azure.RequestFailedException.ErrorCode"/>: an extensible string
/// vocabulary, so a code this client does not list still compares and prints. Compare with
/// <c>exception.ErrorCode == TableErrorCode.EntityAlreadyExists</c>.
/// See https://learn.microsoft.com/rest/api/storageservices/table-service-error-codes.
/// </summary>
public readonly struct TableErrorCode : IEquatable<TableErrorCode>
{
    private readonly string? _value;

    /// <summary>Wraps <paramref name="value"/>, for a code this type does not list.</summary>
    public TableErrorCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>An insert found an entity with the same PartitionKey and RowKey.</summary>
    public static TableErrorCode EntityAlreadyExists { get; } = new("EntityAlreadyExists");

    /// <summary>The entity (or another resource) does not exist.</summary>
    public static TableErrorCode ResourceNotFound { get; } = new("ResourceNotFound");

    /// <summary>The table does not exist.</summary>
    public static TableErrorCode TableNotFound { get; } = new("TableNotFound");

    /// <summary>Create found a table with that name.</summary>
    public static TableErrorCode TableAlreadyExists { get; } = new("TableAlreadyExists");

    /// <summary>The table is being deleted; creating it again must wait.</summary>
    public static TableErrorCode TableBeingDeleted { get; } = new("TableBeingDeleted");

    /// <summary>An <c>If-Match</c> ETag did not match the stored entity (HTTP 412).</summary>
    public static TableErrorCode UpdateConditionNotSatisfied { get; } = new("UpdateConditionNotSatisfied");

    /// <summary>One of the request inputs (a key, a property, a query) is not valid.</summary>
    public static TableErrorCode InvalidInput { get; } = new("InvalidInput");

    /// <summary>A batch addresses the same entity more than once.</summary>
    public static TableErrorCode InvalidDuplicateRow { get; } = new("InvalidDuplicateRow");

    /// <summary>A batch spans more than one partition (Azure checks this; Azurite does not).</summary>
    public static TableErrorCode CommandsInBatchActOnDifferentPartitions { get; } = new("CommandsInBatchActOnDifferentPartitions");

    /// <summary>The entity is larger than 1 MiB.</summary>
    public static TableErrorCode EntityTooLarge { get; } = new("EntityTooLarge");

    /// <summary>A property value is larger than 64 KiB.</summary>
    public static TableErrorCode PropertyValueTooLarge { get; } = new("PropertyValueTooLarge");

    /// <summary>The request was not authorized (a bad signature or a missing role).</summary>
    public static TableErrorCode AuthorizationFailure { get; } = new("AuthorizationFailure");

    /// <summary>Whether two codes are equal, ignoring case.</summary>
    public static bool operator ==(TableErrorCode left, TableErrorCode right) => left.Equals(right);

    /// <summary>Whether two codes differ, ignoring case.</summary>
    public static bool operator !=(TableErrorCode left, TableErrorCode right) => !left.Equals(right);

    /// <summary>Whether a raw code (such as <see cref="Azure.RequestFailedException.ErrorCode"/>) equals <paramref name="right"/>.</summary>
    public static bool operator ==(string? left, TableErrorCode right) => right.Equals(left);

    /// <summary>Whether a raw code differs from <paramref name="right"/>.</summary>
    public static bool operator !=(string? left, TableErrorCode right) => !right.Equals(left);

    /// <summary>Wraps a raw code.</summary>
    public static implicit operator TableErrorCode(string value) => new(value);

    /// <summary>Whether <paramref name="other"/> is the same code, ignoring case.</summary>
    public bool Equals(TableErrorCode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="code"/> is this code, ignoring case.</summary>
    public bool Equals(string? code) => string.Equals(_value, code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj switch
    {
        TableErrorCode other => Equals(other),
        string code => Equals(code),
        _ => false,
    };

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The code as the service spells it.</summary>
    public override string ToString() => _value ?? string.Empty;
}
