using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Application.Events;
using JobForge.Application.Flags;
using JobForge.Application.Steps;
using JobForge.Storage.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Steps;

public sealed class PublishEventStepHandlerTests
{
    private const string With = "{\"event_type\":\"ops.scan_finished\",\"payload\":{\"findings\":3},\"source_module\":\"ops\",\"subject\":{\"type\":\"scan\",\"id\":\"s-1\"}}";

    [Fact]
    public async Task Run_SameAttemptTwice_AppendsOneEventFromJobForgeForTheRunsTenant()
    {
        var store = new InMemoryEventStore();
        await using var provider = Provider(store, eventsEnabled: true);
        var runner = provider.GetRequiredService<StepRunner>();
        var context = StepRunnerFixture.Context(With) with { ProjectId = "proj-1" };

        var first = await runner.RunAsync(new StepRunRequest("publish_event", context), CancellationToken.None);
        var second = await runner.RunAsync(new StepRunRequest("publish_event", context), CancellationToken.None);

        Assert.True(first.Result.IsSuccess, first.Result.Failure?.Message);
        Assert.False(first.Result.Outputs!.Value.GetProperty("duplicate").GetBoolean());
        Assert.True(second.Result.Outputs!.Value.GetProperty("duplicate").GetBoolean());
        var eventId = first.Result.Outputs.Value.GetProperty("event_id").GetString();
        Assert.Equal(eventId, second.Result.Outputs.Value.GetProperty("event_id").GetString());
        Assert.Equal(1, store.Count);
        var page = await store.ListAsync("tenant-a", new EventListQuery());
        var stored = Assert.Single(page.Events);
        Assert.Equal(eventId, stored.EventId);
        Assert.Equal("jobforge", stored.SourceApp);
        Assert.Equal("ops", stored.SourceModule);
        Assert.Equal("proj-1", stored.ProjectId);
        Assert.Equal("trace-1", stored.TraceId);
    }

    [Fact]
    public async Task Run_AnotherAttempt_AppendsAnotherEvent()
    {
        var store = new InMemoryEventStore();
        await using var provider = Provider(store, eventsEnabled: true);
        var runner = provider.GetRequiredService<StepRunner>();

        await runner.RunAsync(new StepRunRequest("publish_event", StepRunnerFixture.Context(With)), CancellationToken.None);
        await runner.RunAsync(new StepRunRequest("publish_event", StepRunnerFixture.Context(With) with { Attempt = 2 }), CancellationToken.None);

        Assert.Equal(2, store.Count);
    }

    [Theory]
    [InlineData("{\"payload\":{}}", "$.event_type")]
    [InlineData("{\"event_type\":\"ops.x\",\"payload\":[1]}", "$.payload")]
    [InlineData("{\"event_type\":\"ops.x\",\"tenant_id\":\"other\"}", "$.tenant_id")]
    [InlineData("{\"event_type\":\"ops.x\",\"source_app\":\"settler\"}", "$.source_app")]
    [InlineData("{\"event_type\":\"ops.x\",\"event_id\":\"mine\"}", "$.event_id")]
    public async Task Run_InvalidWith_FailsWithInvalidInputAndStoresNothing(string with, string path)
    {
        var store = new InMemoryEventStore();
        await using var provider = Provider(store, eventsEnabled: true);

        var outcome = await provider.GetRequiredService<StepRunner>().RunAsync(new StepRunRequest("publish_event", StepRunnerFixture.Context(with)), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, outcome.Result.Failure!.Type);
        Assert.Contains(outcome.Result.Failure.Details!.Value.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString() == path);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Run_EventsDisabled_FailsNotConfigured()
    {
        var store = new InMemoryEventStore();
        await using var provider = Provider(store, eventsEnabled: false);

        var outcome = await provider.GetRequiredService<StepRunner>().RunAsync(new StepRunRequest("publish_event", StepRunnerFixture.Context(With)), CancellationToken.None);

        Assert.Equal(StepFailureTypes.NotConfigured, outcome.Result.Failure!.Type);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Replay_PublishEvent_ReturnsTheRecordingAndStoresNothing()
    {
        var store = new InMemoryEventStore();
        await using var provider = Provider(store, eventsEnabled: true);
        var recorded = JsonDocument.Parse("{\"event_id\":\"jf-1\",\"duplicate\":false}").RootElement;

        var outcome = await provider.GetRequiredService<StepRunner>().RunAsync(
            new StepRunRequest("publish_event", StepRunnerFixture.Context(With)) { Replay = true, RecordedOutputs = recorded }, CancellationToken.None);

        Assert.Equal("jf-1", outcome.Result.Outputs!.Value.GetProperty("event_id").GetString());
        Assert.Equal(0, store.Count);
    }

    private static ServiceProvider Provider(InMemoryEventStore store, bool eventsEnabled)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [FeatureFlagNames.Events] = eventsEnabled ? "true" : "false",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IEventStore>(store)
            .AddSingleton<FeatureFlagsReader>();
        services.AddJobForgeEvents();
        services.AddJobForgeSteps();
        return services.BuildServiceProvider(validateScopes: true);
    }
}
