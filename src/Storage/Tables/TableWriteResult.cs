using Azure;

namespace JobForge.Storage.Tables;

/// <summary>The outcome of one <see cref="TablePartitionBatcher"/> write.</summary>
/// <param name="Succeeded">Whether it was applied (a delete of an absent entity counts).</param>
/// <param name="ETag">The entity's new ETag when written (default for deletes).</param>
/// <param name="Status">The HTTP status of the action: 2xx, or 412 (stale ETag), 404, 409.</param>
public sealed record TableWriteResult(bool Succeeded, ETag ETag, int Status);
