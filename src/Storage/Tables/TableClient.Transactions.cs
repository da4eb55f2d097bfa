using Azure;
using Azure.Core;

namespace JobForge.Storage.Tables;

/// <summary>Entity group transactions (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).</summary>
public sealed partial class TableClient
{
    /// <summary>The most actions one transaction may hold.</summary>
    public const int MaxTransactionActions = 100;

    /// <summary>
    /// Applies all <paramref name="actions"/> atomically, or none. The rules Azure enforces are checked here first,
    /// because Azurite does not check them all: 1 to 100 actions, one PartitionKey, each RowKey at most once.
    /// </summary>
    /// <returns>One result per action, in submission order.</returns>
    /// <exception cref="ArgumentException">The list breaks a rule above, a key is invalid, or an Update lacks its ETag.</exception>
    /// <exception cref="TableTransactionFailedException">
    /// The service rejected an action, so nothing was applied; it names the action's index, status and error code.
    /// </exception>
    /// <exception cref="RequestFailedException">The batch as a whole failed (for example 404 TableNotFound is reported per action; a malformed batch is 400).</exception>
    public async Task<IReadOnlyList<TableTransactionActionResult>> SubmitTransactionAsync(
        IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var parts = PrepareTransaction(actions);
        var (body, contentType) = TableBatchRequest.Build(parts, Guid.NewGuid(), Guid.NewGuid());
        using var message = TableRequests.Create(_pipeline, RequestMethod.Post, _endpoint + "/$batch");
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await _pipeline.SendAsync(message, cancellationToken, 202).ConfigureAwait(false);

        var responses = TableBatchResponse.Parse(response.Content.ToString());
        var failed = responses.FirstOrDefault(part => part.Status >= 400);
        if (failed is not null)
        {
            var (code, serviceMessage) = failed.ReadError();
            var index = TableBatchResponse.FailedIndex(failed, serviceMessage, actions.Count);
            throw new TableTransactionFailedException(
                failed.Status,
                $"The transaction was rejected at action {(index is { } i ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(unknown)")} " +
                $"with status {failed.Status} ({code ?? "no error code"}); no action was applied. Service message: {serviceMessage}",
                code,
                index);
        }

        if (responses.Count != actions.Count)
        {
            throw new RequestFailedException(
                response.Status,
                $"The batch response held {responses.Count} results for {actions.Count} actions.",
                null,
                null);
        }

        return responses
            .Select(part => new TableTransactionActionResult(
                part.Status, part.Headers.TryGetValue("ETag", out var etag) ? new ETag(etag) : default))
            .ToList();
    }

    private List<TableBatchRequest.Part> PrepareTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxTransactionActions)
        {
            throw new ArgumentException(
                $"A transaction holds 1 to {MaxTransactionActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<TableBatchRequest.Part>(actions.Count);
        string? partitionKey = null;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i] ?? throw new ArgumentException($"Action {i} is null.", nameof(actions));
            var entity = action.Entity ?? throw new ArgumentException($"Action {i} has no entity.", nameof(actions));
            var url = EntityUrl(entity.PartitionKey!, entity.RowKey!);
            partitionKey ??= entity.PartitionKey;
            if (!string.Equals(partitionKey, entity.PartitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Action {i} has a different PartitionKey from action 0; a transaction must stay in one partition.",
                    nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey!))
            {
                throw new ArgumentException($"Action {i} addresses the same RowKey as an earlier action; each entity may appear once.", nameof(actions));
            }

            if (action.ActionType is TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace && action.ETag == default)
            {
                throw new ArgumentException($"Action {i} is an update without an ETag: give one, or ETag.All.", nameof(actions));
            }

            var ifMatch = TableBatchRequest.IfMatchOf(action.ActionType, action.ETag);
            parts.Add(action.ActionType switch
            {
                TableTransactionActionType.Add => new("POST", _endpoint + "/" + Name, null, SerializeValidated(entity)),
                TableTransactionActionType.UpsertReplace or TableTransactionActionType.UpdateReplace => new("PUT", url, ifMatch, SerializeValidated(entity)),
                TableTransactionActionType.UpsertMerge or TableTransactionActionType.UpdateMerge => new("MERGE", url, ifMatch, SerializeValidated(entity)),
                TableTransactionActionType.Delete => new("DELETE", url, ifMatch, null),
                _ => throw new ArgumentException($"Action {i} has unknown type {action.ActionType}.", nameof(actions)),
            });
        }

        return parts;
    }
}
