using Azure;
using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tables;

/// <summary>
/// The Table service of one account, in the shape of Azure.Data.Tables' <c>TableServiceClient</c>: creates and deletes
/// tables, hands out <see cref="TableClient"/>s sharing its pipeline, and answers a cheap health probe.
/// Thread-safe; keep one per account.
/// </summary>
public sealed class TableServiceClient
{
    private readonly StoragePipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _endpointText;

    /// <summary>A client for the Table service at <paramref name="endpoint"/>, signing with Shared Key.</summary>
    public TableServiceClient(Uri endpoint, StorageSharedKeyCredential credential, TableClientOptions? options = null)
        : this(TableRequests.CreatePipeline(options, credential ?? throw new ArgumentNullException(nameof(credential)), null), endpoint)
    {
    }

    /// <summary>A client for the Table service at <paramref name="endpoint"/>, authenticating with Entra ID.</summary>
    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(TableRequests.CreatePipeline(options, null, credential ?? throw new ArgumentNullException(nameof(credential))), endpoint)
    {
    }

    private TableServiceClient(StoragePipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        _endpointText = TableRequests.NormalizeEndpoint(endpoint);
        _endpoint = new Uri(_endpointText);
    }

    /// <summary>The service endpoint, for example <c>https://acct.table.core.windows.net</c>.</summary>
    public Uri Uri => _endpoint;

    /// <summary>A client for table <paramref name="tableName"/> that shares this client's pipeline. Makes no request.</summary>
    /// <exception cref="ArgumentException">The name is not a valid table name.</exception>
    public TableClient GetTableClient(string tableName) => new(_pipeline, _endpoint, tableName);

    /// <summary>Creates table <paramref name="tableName"/> unless it exists.</summary>
    /// <returns>True when this call created it.</returns>
    public Task<bool> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Deletes table <paramref name="tableName"/>.</summary>
    /// <returns>True when this call deleted it, false when there was no such table.</returns>
    public Task<bool> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);

    /// <summary>
    /// A health probe: lists at most one table (GET /Tables?$top=1), which proves reachability, authentication and
    /// authorization with one cheap round trip.
    /// </summary>
    /// <exception cref="RequestFailedException">The service answered with a failure (such as 403).</exception>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var message = TableRequests.Create(_pipeline, RequestMethod.Get, _endpointText + "/Tables?$top=1");
        await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
    }
}
