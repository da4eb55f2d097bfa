using Azure;
using JobForge.Storage.Accounts;
using JobForge.Storage.Blobs;
using JobForge.Storage.Queues;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Benchmarks;

/// <summary>The benchmark's operations: table inserts, point reads and batches, queue cycles, blob puts.</summary>
internal sealed class StorageScenarios : IDisposable
{
    private const int ReadSetSize = 1000;
    private static readonly string Payload = new('x', 1000);
    private static readonly byte[] OneKilobyte = new byte[1024];
    private static readonly byte[] OneMegabyte = new byte[1024 * 1024];

    private readonly RawStorageHttp _raw;
    private readonly SdkStorageOperations _sdk;
    private readonly TableClient _table;
    private readonly QueueClient _queue;
    private readonly BlobContainerClient _container;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private StorageScenarios(StorageAccountEndpoints account, string connectionString, TableClient table, QueueClient queue, BlobContainerClient container)
    {
        _raw = new RawStorageHttp(account);
        _sdk = SdkStorageOperations.Create(connectionString, table.Name, queue.Name, container.Name);
        _table = table;
        _queue = queue;
        _container = container;
        All =
        [
            new("table insert", 1, 1, (w, i) => _sdk.InsertAsync(Partition(w), Row(i, "s"), Payload), (w, i) => _table.AddEntityAsync(Entity(w, i, "c")), (w, i) => _raw.InsertEntityAsync(_table.Name, Partition(w), Row(i, "r"), Payload)),
            new("table insert", 32, 1, (w, i) => _sdk.InsertAsync(Partition(w), Row(i, "s32"), Payload), (w, i) => _table.AddEntityAsync(Entity(w, i, "c32")), (w, i) => _raw.InsertEntityAsync(_table.Name, Partition(w), Row(i, "r32"), Payload)),
            new("table point read", 32, 1, (w, i) => _sdk.PointReadAsync("read", ReadKey(w, i)), (w, i) => _table.GetEntityIfExistsAsync("read", ReadKey(w, i)), (w, i) => _raw.GetEntityAsync(_table.Name, "read", ReadKey(w, i))),
            new("table batch insert (100)", 4, 100, (w, i) => _sdk.InsertBatchAsync("batch" + w + "sb" + i, BatchRows(), Payload), (w, i) => _table.SubmitTransactionAsync(Batch(w, i, "cb")), (w, i) => _raw.InsertBatchAsync(_table.Name, "batch" + w + "rb" + i, BatchRows(), Payload)),
            new("queue send+receive+delete", 8, 1, (w, i) => _sdk.QueueCycleAsync(), (w, i) => QueueCycleAsync(), (w, i) => _raw.QueueCycleAsync(_queue.Name, "raw-" + i)),
            new("blob put 1 KB", 32, 1, (w, i) => _sdk.PutBlobAsync($"s/{w}/{i}", OneKilobyte), (w, i) => _container.UploadAsync($"c/{w}/{i}", BinaryData.FromBytes(OneKilobyte)), (w, i) => _raw.PutBlobAsync(_container.Name, $"r/{w}/{i}", OneKilobyte)),
            new("blob put 1 MB", 4, 1, (w, i) => _sdk.PutBlobAsync($"sm/{w}/{i}", OneMegabyte), (w, i) => _container.UploadAsync($"cm/{w}/{i}", BinaryData.FromBytes(OneMegabyte)), (w, i) => _raw.PutBlobAsync(_container.Name, $"rm/{w}/{i}", OneMegabyte)),
        ];
    }

    public IReadOnlyList<Scenario> All { get; }

    public static async Task<StorageScenarios> CreateAsync(StorageAccountEndpoints account, string connectionString)
    {
        var key = account.SharedKey!;
        var table = new TableServiceClient(account.TableEndpoint, key).GetTableClient("bench");
        var queue = new QueueServiceClient(account.QueueEndpoint, key).GetQueueClient("bench");
        var container = new BlobServiceClient(account.BlobEndpoint, key).GetContainerClient("bench");
        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        await container.CreateIfNotExistsAsync();
        for (var start = 0; start < ReadSetSize; start += 100)
        {
            await table.SubmitTransactionAsync(Enumerable.Range(start, 100)
                .Select(n => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("read", "k" + n) { ["Payload"] = Payload }))
                .ToList());
        }

        return new StorageScenarios(account, connectionString, table, queue, container);
    }

    public void Dispose() => _raw.Dispose();

    private async Task QueueCycleAsync()
    {
        await _queue.SendMessageAsync("client-cycle");
        var received = await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30));
        if (received.Count == 1)
        {
            await _queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
        }
    }

    private TableEntity Entity(int worker, long i, string mode) => new(Partition(worker), Row(i, mode)) { ["Payload"] = Payload };

    private List<TableTransactionAction> Batch(int worker, long i, string mode) =>
        BatchRows().Select(row => new TableTransactionAction(
            TableTransactionActionType.Add, new TableEntity("batch" + worker + mode + i, row) { ["Payload"] = Payload })).ToList();

    private static List<string> BatchRows() => Enumerable.Range(0, 100).Select(n => "r" + n).ToList();

    private string Partition(int worker) => _run + "w" + worker;

    private static string Row(long i, string mode) => mode + "-" + i;

    private static string ReadKey(int worker, long i) => "k" + (((worker * 7919L + i) % ReadSetSize + ReadSetSize) % ReadSetSize);
}
