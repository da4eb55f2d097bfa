using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Tables;

/// <summary>Clients on the shared Azurite, each test with its own freshly created table.</summary>
internal static class TableTestTables
{
    public static async Task<TableServiceClient> ServiceAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0; // A retried non-idempotent write would blur what the test observed.
        return new TableServiceClient(azurite.Endpoints.TableEndpoint, azurite.Endpoints.SharedKey!, options);
    }

    public static async Task<TableClient> NewTableAsync(string hint)
    {
        var service = await ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next(hint));
        Assert.True(await table.CreateIfNotExistsAsync());
        return table;
    }
}
