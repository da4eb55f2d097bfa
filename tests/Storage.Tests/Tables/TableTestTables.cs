using Azure.Data.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Tables;

/// <summary>Official Table clients on the shared Azurite, each test with its own freshly created table.</summary>
internal static class TableTestTables
{
    // No retries: a retried non-idempotent write would blur what the test observed.
    public static async Task<TableServiceClient> ServiceAsync() => (await AzuriteInstance.Shared).TableService(maxRetries: 0);

    public static async Task<TableClient> NewTableAsync(string hint)
    {
        var service = await ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next(hint));
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
