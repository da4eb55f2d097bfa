using JobForge.Domain.Runs;
using JobForge.Storage.Runs;

namespace JobForge.Storage.Tests.Runs;

public sealed class InMemoryRunExecutionStoreTests : RunExecutionStoreConformanceTests
{
    protected override Task<(IRunStore Runs, IRunExecutionStore Execution)> CreateStoresAsync()
    {
        var store = new InMemoryRunStore();
        return Task.FromResult<(IRunStore, IRunExecutionStore)>((store, store));
    }
}
