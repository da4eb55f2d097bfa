using Azure;
using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <summary>
/// The few shapes JobForge's adapters use over Azure.Data.Tables' <see cref="TableClient"/>: an optional point read
/// through <see cref="TableClient.GetEntityIfExistsAsync{T}"/>, writes that hand back the new ETag, a delete that says
/// whether there was something to delete, one page of a query with its continuation, entity group transactions that
/// keep Azure's rules (which Azurite forgets) and create-on-first-use. No protocol code: every call is the SDK's.
/// </summary>
public static partial class TableClientOperations
{
    /// <summary>The entity, or null when it does not exist (404 is not an error here).</summary>
    public static async Task<TableEntity?> FindEntityAsync(
        this TableClient table, string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Inserts <paramref name="entity"/> (409 EntityAlreadyExists when present) and returns its ETag.</summary>
    public static async Task<ETag> InsertEntityAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ETagOf(await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Inserts or overwrites <paramref name="entity"/> (<paramref name="mode"/>) and returns its ETag.</summary>
    public static async Task<ETag> UpsertEntityForETagAsync(
        this TableClient table, ITableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ETagOf(await table.UpsertEntityAsync(entity, mode, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Updates <paramref name="entity"/> only if its stored ETag is <paramref name="ifMatch"/> (412 otherwise; 404 when
    /// absent) and returns the new ETag.
    /// </summary>
    public static async Task<ETag> UpdateEntityForETagAsync(
        this TableClient table, ITableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs an ETag: the one read, or ETag.All.", nameof(ifMatch));
        }

        return ETagOf(await table.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Deletes the entity if it exists (and, with <paramref name="ifMatch"/>, only at that ETag: 412 otherwise).
    /// Returns false when there was nothing to delete.
    /// </summary>
    public static async Task<bool> DeleteEntityIfExistsAsync(
        this TableClient table, string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            var response = await table.DeleteEntityAsync(partitionKey, rowKey, ifMatch == default ? ETag.All : ifMatch, cancellationToken).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The ETag a write response carries (default when none).</summary>
    public static ETag ETagOf(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.ETag ?? default;
    }
}
