using JobForge.Domain.Runs;
using JobForge.Storage.Runs;

namespace JobForge.Storage.Tests.Runs;

public sealed class InMemoryRunStoreTests : RunStoreConformanceTests
{
    protected override Task<IRunStore> CreateStoreAsync() => Task.FromResult<IRunStore>(new InMemoryRunStore());
}
