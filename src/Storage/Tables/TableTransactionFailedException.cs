using Azure;

namespace JobForge.Storage.Tables;

/// <summary>
/// An entity group transaction was rejected and none of its actions were applied.
/// <see cref="RequestFailedException.Status"/> and <see cref="RequestFailedException.ErrorCode"/> are the failing
/// action's (for example 409 EntityAlreadyExists or 412 UpdateConditionNotSatisfied), not the batch's 202.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    internal TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>
    /// The zero-based position, in the submitted list, of the action that failed; null when the service did not say
    /// (a failure of the batch as a whole).
    /// </summary>
    public int? FailedTransactionActionIndex { get; }
}
