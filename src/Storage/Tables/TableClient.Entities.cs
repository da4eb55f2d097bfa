using Azure;
using Azure.Core;

namespace JobForge.Storage.Tables;

/// <summary>Single-entity operations (https://learn.microsoft.com/rest/api/storageservices/operations-on-entities).</summary>
public sealed partial class TableClient
{
    /// <summary>Inserts <paramref name="entity"/> (POST, <c>Prefer: return-no-content</c>).</summary>
    /// <returns>The new entity's ETag.</returns>
    /// <exception cref="ArgumentException">A key is invalid, or a property has an unsupported name or type.</exception>
    /// <exception cref="RequestFailedException">409 <see cref="TableErrorCode.EntityAlreadyExists"/> when the keys are taken.</exception>
    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        var body = SerializeValidated(entity);
        using var message = TableRequests.Create(_pipeline, RequestMethod.Post, _endpoint + "/" + Name);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableRequests.SetJsonBody(message, body);
        var response = await _pipeline.SendAsync(message, cancellationToken, 204, 201).ConfigureAwait(false);
        return TableRequests.ETagOf(response);
    }

    /// <summary>
    /// Inserts or overwrites <paramref name="entity"/> whatever its current version: <see cref="TableUpdateMode.Replace"/>
    /// is Insert Or Replace (PUT), <see cref="TableUpdateMode.Merge"/> is Insert Or Merge (MERGE); neither sends If-Match.
    /// </summary>
    /// <returns>The entity's new ETag.</returns>
    public async Task<ETag> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        var body = SerializeValidated(entity);
        using var message = TableRequests.Create(_pipeline, MethodOf(mode), EntityUrl(entity.PartitionKey!, entity.RowKey!));
        TableRequests.SetJsonBody(message, body);
        var response = await _pipeline.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
        return TableRequests.ETagOf(response);
    }

    /// <summary>
    /// Updates an existing entity only if its stored version is <paramref name="ifMatch"/> (PUT or MERGE with If-Match).
    /// Pass <see cref="ETag.All"/> to update whatever the version (the entity must still exist).
    /// </summary>
    /// <returns>The entity's new ETag.</returns>
    /// <exception cref="ArgumentException"><paramref name="ifMatch"/> is default: say <see cref="ETag.All"/> explicitly.</exception>
    /// <exception cref="TableConcurrencyException">The stored version differs (412); nothing changed.</exception>
    /// <exception cref="RequestFailedException">404 <see cref="TableErrorCode.ResourceNotFound"/> when the entity does not exist.</exception>
    public async Task<ETag> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("Give the ETag the update is conditional on, or ETag.All to update unconditionally.", nameof(ifMatch));
        }

        var body = SerializeValidated(entity);
        using var message = TableRequests.Create(_pipeline, MethodOf(mode), EntityUrl(entity.PartitionKey!, entity.RowKey!));
        message.Request.Headers.SetValue("If-Match", TableRequests.IfMatch(ifMatch));
        TableRequests.SetJsonBody(message, body);
        var response = await SendConditionalAsync(message, cancellationToken, 204).ConfigureAwait(false);
        return TableRequests.ETagOf(response);
    }

    /// <summary>Deletes an entity if its stored version is <paramref name="ifMatch"/> (default: any version, <c>*</c>).</summary>
    /// <returns>True when deleted, false when there was no such entity.</returns>
    /// <exception cref="TableConcurrencyException">The stored version differs (412); nothing changed.</exception>
    /// <exception cref="RequestFailedException">Any other failure, including 404 TableNotFound for a missing table.</exception>
    public async Task<bool> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = TableRequests.Create(_pipeline, RequestMethod.Delete, EntityUrl(partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", ifMatch == default ? "*" : TableRequests.IfMatch(ifMatch));
        try
        {
            await SendConditionalAsync(message, cancellationToken, 204).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != TableErrorCode.TableNotFound)
        {
            return false;
        }
    }

    /// <summary>Reads one entity, optionally only the <paramref name="select"/>ed properties.</summary>
    /// <returns>The entity with its ETag, or null when there is no such entity.</returns>
    /// <exception cref="RequestFailedException">Any other failure, including 404 TableNotFound for a missing table.</exception>
    public async Task<TableEntity?> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var url = EntityUrl(partitionKey, rowKey);
        var selectList = SelectList(select);
        if (selectList is not null)
        {
            url += "?$select=" + Uri.EscapeDataString(selectList);
        }

        using var message = TableRequests.Create(_pipeline, RequestMethod.Get, url);
        Response response;
        try
        {
            response = await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != TableErrorCode.TableNotFound)
        {
            return null;
        }

        using var document = ParseJson(response);
        return TableEntityJson.Read(document.RootElement, TableRequests.ETagOf(response));
    }

    private static RequestMethod MethodOf(TableUpdateMode mode) => mode switch
    {
        TableUpdateMode.Replace => RequestMethod.Put,
        TableUpdateMode.Merge => TableRequests.Merge,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Use TableUpdateMode.Merge or TableUpdateMode.Replace."),
    };

    private static BinaryData SerializeValidated(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableResourcePath.ValidateKey(entity.PartitionKey, TableEntity.PartitionKeyName);
        TableResourcePath.ValidateKey(entity.RowKey, TableEntity.RowKeyName);
        return TableEntityJson.Serialize(entity);
    }

    private string EntityUrl(string partitionKey, string rowKey)
    {
        TableResourcePath.ValidateKey(partitionKey, TableEntity.PartitionKeyName);
        TableResourcePath.ValidateKey(rowKey, TableEntity.RowKeyName);
        return _endpoint + "/" + TableResourcePath.Entity(Name, partitionKey, rowKey);
    }

    private static string? SelectList(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }

        var names = select.ToList();
        foreach (var name in names)
        {
            TableResourcePath.ValidatePropertyName(name, nameof(select));
        }

        return names.Count == 0 ? null : string.Join(',', names);
    }
}
