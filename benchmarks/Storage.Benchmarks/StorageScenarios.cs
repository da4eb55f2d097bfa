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
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private StorageScenarios(RawAccount account, SdkStorageOperations sdk)
    {
        _raw = new RawStorageHttp(account);
        _sdk = sdk;
        All =
        [
            new("table insert", 1, 1, (w, i) => _sdk.InsertAsync(Partition(w), Row(i, "s"), Payload), (w, i) => _raw.InsertEntityAsync(Table, Partition(w), Row(i, "r"), Payload)),
            new("table insert", 32, 1, (w, i) => _sdk.InsertAsync(Partition(w), Row(i, "s32"), Payload), (w, i) => _raw.InsertEntityAsync(Table, Partition(w), Row(i, "r32"), Payload)),
            new("table point read", 32, 1, (w, i) => _sdk.PointReadAsync("read", ReadKey(w, i)), (w, i) => _raw.GetEntityAsync(Table, "read", ReadKey(w, i))),
            new("table batch insert (100)", 4, 100, (w, i) => _sdk.InsertBatchAsync("batch" + w + "sb" + i, BatchRows(), Payload), (w, i) => _raw.InsertBatchAsync(Table, "batch" + w + "rb" + i, BatchRows(), Payload)),
            new("queue send+receive+delete", 8, 1, (w, i) => _sdk.QueueCycleAsync(), (w, i) => _raw.QueueCycleAsync(Queue, "raw-" + i)),
            new("blob put 1 KB", 32, 1, (w, i) => _sdk.PutBlobAsync($"s/{w}/{i}", OneKilobyte), (w, i) => _raw.PutBlobAsync(Container, $"r/{w}/{i}", OneKilobyte)),
            new("blob put 1 MB", 4, 1, (w, i) => _sdk.PutBlobAsync($"sm/{w}/{i}", OneMegabyte), (w, i) => _raw.PutBlobAsync(Container, $"rm/{w}/{i}", OneMegabyte)),
        ];
    }

    public const string Table = "bench";
    public const string Queue = "bench";
    public const string Container = "bench";

    public IReadOnlyList<Scenario> All { get; }

    public static async Task<StorageScenarios> CreateAsync(RawAccount account, string connectionString)
    {
        var sdk = SdkStorageOperations.Create(connectionString, Table, Queue, Container);
        await sdk.CreateAsync();
        for (var start = 0; start < ReadSetSize; start += 100)
        {
            await sdk.UpsertReadSetAsync("read", Enumerable.Range(start, 100).Select(n => "k" + n), Payload);
        }

        return new StorageScenarios(account, sdk);
    }

    public void Dispose() => _raw.Dispose();

    private static List<string> BatchRows() => Enumerable.Range(0, 100).Select(n => "r" + n).ToList();

    private string Partition(int worker) => _run + "w" + worker;

    private static string Row(long i, string mode) => mode + "-" + i;

    private static string ReadKey(int worker, long i) => "k" + (((worker * 7919L + i) % ReadSetSize + ReadSetSize) % ReadSetSize);
}
