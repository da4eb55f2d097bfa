using JobForge.Domain.Runs;
using JobForge.Storage.Runs;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Runs;

public sealed class TableRunExecutionStoreTests : RunExecutionStoreConformanceTests
{
    protected override async Task<(IRunStore Runs, IRunExecutionStore Execution)> CreateStoresAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        var store = new TableRunStore(service.GetTableClient(UniqueNames.Next("runs")));
        return (store, store);
    }
}
