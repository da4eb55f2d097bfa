using System.Text.Json;
using Azure;
using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tables;

/// <summary>
/// One table of the Table service (https://learn.microsoft.com/rest/api/storageservices/table-service-rest-api), in the
/// shape of Azure.Data.Tables' <c>TableClient</c>: create and delete the table, write, read, query and batch entities.
/// Every failure is a <see cref="RequestFailedException"/> with <see cref="RequestFailedException.Status"/> and
/// <see cref="RequestFailedException.ErrorCode"/> (compare with <see cref="TableErrorCode"/>); a lost
/// <c>If-Match</c> race is the subtype <see cref="TableConcurrencyException"/>. Keys are validated before sending.
/// Thread-safe; keep one per table.
/// </summary>
public sealed partial class TableClient
{
    private readonly StoragePipeline _pipeline;
    private readonly string _endpoint;

    /// <summary>A client for table <paramref name="tableName"/> at <paramref name="endpoint"/>, signing with Shared Key.</summary>
    public TableClient(Uri endpoint, string tableName, StorageSharedKeyCredential credential, TableClientOptions? options = null)
        : this(TableRequests.CreatePipeline(options, credential ?? throw new ArgumentNullException(nameof(credential)), null), endpoint, tableName)
    {
    }

    /// <summary>A client for table <paramref name="tableName"/> at <paramref name="endpoint"/>, authenticating with Entra ID.</summary>
    public TableClient(Uri endpoint, string tableName, TokenCredential credential, TableClientOptions? options = null)
        : this(TableRequests.CreatePipeline(options, null, credential ?? throw new ArgumentNullException(nameof(credential))), endpoint, tableName)
    {
    }

    internal TableClient(StoragePipeline pipeline, Uri endpoint, string tableName)
    {
        TableResourcePath.ValidateTableName(tableName, nameof(tableName));
        _pipeline = pipeline;
        _endpoint = TableRequests.NormalizeEndpoint(endpoint);
        Name = tableName;
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>The table's URI, <c>{endpoint}/{name}</c>.</summary>
    public Uri Uri => new(_endpoint + "/" + Name);

    /// <summary>Creates the table; an existing table is fine (POST /Tables: 201/204, or 409 TableAlreadyExists).</summary>
    /// <returns>True when this call created the table, false when it already existed.</returns>
    /// <exception cref="RequestFailedException">Any other failure, such as 409 TableBeingDeleted.</exception>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = TableRequests.Create(_pipeline, RequestMethod.Post, _endpoint + "/Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableRequests.SetJsonBody(message, BinaryData.FromObjectAsJson(new Dictionary<string, string> { ["TableName"] = Name }));
        try
        {
            await _pipeline.SendAsync(message, cancellationToken, 201, 204).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.TableAlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Deletes the table and all its entities (DELETE /Tables('name')).</summary>
    /// <returns>True when this call deleted it, false when there was no such table.</returns>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = TableRequests.Create(_pipeline, RequestMethod.Delete, _endpoint + "/Tables('" + Name + "')");
        try
        {
            await _pipeline.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Sends a conditional write, turning a 412 into <see cref="TableConcurrencyException"/>.</summary>
    private async Task<Response> SendConditionalAsync(HttpMessage message, CancellationToken cancellationToken, params int[] expected)
    {
        try
        {
            return await _pipeline.SendAsync(message, cancellationToken, expected).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new TableConcurrencyException(message.Response, ex);
        }
    }

    private static JsonDocument ParseJson(Response response) => JsonDocument.Parse(response.Content);
}
