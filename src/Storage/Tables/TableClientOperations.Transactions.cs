using Azure;
using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <content>
/// Entity group transactions through <see cref="TableClient.SubmitTransactionAsync"/>, checked first against the rules
/// Azure enforces and Azurite does not (ADR 0002): 1 to 100 actions, one PartitionKey, each RowKey once, updates with an
/// ETag. Azurite accepts a cross-partition batch and answers 101 actions with a malformed response, so sending them
/// would test nothing.
/// </content>
public static partial class TableClientOperations
{
    /// <summary>The most actions one transaction may hold.</summary>
    public const int MaxTransactionActions = 100;

    /// <summary>
    /// Applies all <paramref name="actions"/> atomically, or none. A rejected action surfaces as
    /// <see cref="TableTransactionFailedException"/> with its <see cref="TableTransactionFailedException.FailedTransactionActionIndex"/>,
    /// Status and ErrorCode; nothing was applied.
    /// </summary>
    /// <returns>One response per action, in submission order (Status and ETag).</returns>
    /// <exception cref="ArgumentException">The list breaks a rule above.</exception>
    public static async Task<IReadOnlyList<Response>> SubmitPartitionTransactionAsync(
        this TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ThrowIfNotOnePartitionTransaction(actions);
        var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Throws unless <paramref name="actions"/> is a transaction Azure would accept as to its shape.</summary>
    /// <exception cref="ArgumentException">Empty, over 100 actions, more than one partition, a RowKey twice, or an update without an ETag.</exception>
    public static void ThrowIfNotOnePartitionTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxTransactionActions)
        {
            throw new ArgumentException(
                $"A transaction holds 1 to {MaxTransactionActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        string? partitionKey = null;
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i]?.Entity ?? throw new ArgumentException($"Action {i} has no entity.", nameof(actions));
            if (entity.PartitionKey is null || entity.RowKey is null)
            {
                throw new ArgumentException($"Action {i} lacks a PartitionKey or RowKey.", nameof(actions));
            }

            partitionKey ??= entity.PartitionKey;
            if (!string.Equals(partitionKey, entity.PartitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Action {i} has a different PartitionKey from action 0; a transaction must stay in one partition.", nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException($"Action {i} addresses the same RowKey as an earlier action; each entity may appear once.", nameof(actions));
            }

            if (actions[i].ActionType is TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace && actions[i].ETag == default)
            {
                throw new ArgumentException($"Action {i} is an update without an ETag: give one, or ETag.All.", nameof(actions));
            }
        }
    }
}
