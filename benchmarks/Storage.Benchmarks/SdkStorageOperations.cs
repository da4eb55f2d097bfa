using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using JobForge.Storage.Configuration;

namespace JobForge.Storage.Benchmarks;

/// <summary>The benchmark's operations through the official Azure SDK clients, configured as production configures them.</summary>
internal sealed class SdkStorageOperations
{
    private readonly TableClient _table;
    private readonly QueueClient _queue;
    private readonly BlobContainerClient _container;

    private SdkStorageOperations(TableClient table, QueueClient queue, BlobContainerClient container)
    {
        _table = table;
        _queue = queue;
        _container = container;
    }

    public static SdkStorageOperations Create(string connectionString, string table, string queue, string container)
    {
        var options = new StorageOptions();
        return new SdkStorageOperations(
            new TableServiceClient(connectionString, StorageClientOptionsFactory.Tables(options)).GetTableClient(table),
            new QueueServiceClient(connectionString, StorageClientOptionsFactory.Queues(options)).GetQueueClient(queue),
            new BlobServiceClient(connectionString, StorageClientOptionsFactory.Blobs(options)).GetBlobContainerClient(container));
    }

    public async Task CreateAsync()
    {
        await _table.CreateIfNotExistsAsync();
        await _queue.CreateIfNotExistsAsync();
        await _container.CreateIfNotExistsAsync();
    }

    public Task UpsertReadSetAsync(string partition, IEnumerable<string> rows, string payload) =>
        _table.SubmitTransactionAsync(rows.Select(row =>
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["Payload"] = payload })).ToList());

    public Task InsertAsync(string partition, string row, string payload) =>
        _table.AddEntityAsync(new TableEntity(partition, row) { ["Payload"] = payload });

    public Task PointReadAsync(string partition, string row) => _table.GetEntityIfExistsAsync<TableEntity>(partition, row);

    public Task InsertBatchAsync(string partition, IEnumerable<string> rows, string payload) =>
        _table.SubmitTransactionAsync(rows.Select(row =>
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, row) { ["Payload"] = payload })).ToList());

    public async Task QueueCycleAsync()
    {
        await _queue.SendMessageAsync("sdk-cycle");
        var received = await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30));
        if (received.Value.Length == 1)
        {
            await _queue.DeleteMessageAsync(received.Value[0].MessageId, received.Value[0].PopReceipt);
        }
    }

    public Task PutBlobAsync(string name, byte[] content) => _container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content));
}
