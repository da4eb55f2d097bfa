using Azure;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tables;

/// <summary>
/// A conditional write lost a race: the <c>If-Match</c> ETag no longer matches the stored entity, so the service
/// answered 412 with <see cref="TableErrorCode.UpdateConditionNotSatisfied"/> and changed nothing.
/// Read the entity again (for its new ETag) and retry, or give up.
/// It is a <see cref="RequestFailedException"/>, so code that only knows that type still sees Status 412.
/// Inside a transaction the same failure is a <see cref="TableTransactionFailedException"/> with Status 412.
/// </summary>
public sealed class TableConcurrencyException : RequestFailedException
{
    internal TableConcurrencyException(Response response, Exception? innerException)
        : base(response, innerException, StorageErrorDetailsParser.Instance)
    {
    }
}
