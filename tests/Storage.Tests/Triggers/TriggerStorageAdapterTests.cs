using JobForge.Domain.Triggers;
using JobForge.Storage.Tests.Tables;
using JobForge.Storage.Triggers;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Triggers;

public sealed class InMemoryTriggerStorageTests : TriggerStorageConformanceTests
{
    protected override Task<(ITriggerStore Store, ITriggerIndexSource Source)> CreateStoreAsync()
    {
        var store = new InMemoryTriggerStore(Time);
        return Task.FromResult<(ITriggerStore, ITriggerIndexSource)>((store, store));
    }

    protected override Task<(ITriggerCounters Counters, ITriggerCheckpoints Checkpoints)> CreateStateAsync()
    {
        var state = new InMemoryTriggerState();
        return Task.FromResult<(ITriggerCounters, ITriggerCheckpoints)>((state, state));
    }

    protected override Task<ITriggerDecisionLog> CreateLogAsync() => Task.FromResult<ITriggerDecisionLog>(new InMemoryTriggerDecisionLog());
}

public sealed class TableTriggerStorageTests : TriggerStorageConformanceTests
{
    protected override async Task<(ITriggerStore Store, ITriggerIndexSource Source)> CreateStoreAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        var store = new TableTriggerStore(service.GetTableClient(UniqueNames.Next("triggers")), Time);
        return (store, store);
    }

    protected override async Task<(ITriggerCounters Counters, ITriggerCheckpoints Checkpoints)> CreateStateAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        var state = new TableTriggerState(service.GetTableClient(UniqueNames.Next("trgstate")));
        return (state, state);
    }

    protected override async Task<ITriggerDecisionLog> CreateLogAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        return new TableTriggerDecisionLog(service.GetTableClient(UniqueNames.Next("trgdecisions")));
    }
}
