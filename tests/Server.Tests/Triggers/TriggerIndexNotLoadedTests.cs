using Azure;
using JobForge.Application.Triggers;
using JobForge.Domain.Events;
using JobForge.Domain.Triggers;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Triggers;

/// <summary>
/// A server that has never loaded its event trigger index (it just started and the trigger table cannot be read) must
/// not evaluate published events against the empty index: they would match nothing and the outbox would complete them
/// unfired. The observer reports storage as unavailable instead, so the dispatcher keeps them pending. Suspected in a
/// chaos kill run (2 of 613 matching events unfired across 15 kills and restarts).
/// </summary>
public sealed class TriggerIndexNotLoadedTests
{
    [Fact]
    public async Task OnPublished_IndexNeverLoaded_FailsAsStorageUnavailableAndEvaluatesNothing()
    {
        var settings = await EventsTestServer.SettingsAsync(TriggersTestServer.IsolatedSettings());
        settings["JobForge:Triggers:Scheduler:Enabled"] = "false";
        var source = new UnreadableIndexSource();
        await using var server = await RunningServer.StartAsync(settings, services => services.AddSingleton<ITriggerIndexSource>(source));
        var observer = server.App.Services.GetServices<Application.Publishing.IOutboxObserver>().OfType<TriggerOutboxObserver>().Single();
        var message = new OutboxMessage("evt-1", "tenant-a", "orders.created", "settler", "trace-1",
            "{\"event_id\":\"evt-1\",\"tenant_id\":\"tenant-a\",\"event_type\":\"orders.created\",\"source_app\":\"settler\",\"payload\":{}}");

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() =>
            observer.OnPublishedAsync([new OutboxEntry("entry-1", message, DateTimeOffset.UtcNow)], CancellationToken.None));

        Assert.True(Application.Errors.StorageOutage.Is(failure)); // the dispatcher keeps the entry pending
        Assert.True(source.Scans > 0);
    }

    private sealed class UnreadableIndexSource : ITriggerIndexSource
    {
        private int _scans;

        public int Scans => Volatile.Read(ref _scans);

        public Task<TriggerPage> ScanAsync(TriggerType type, string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _scans);
            return Task.FromException<TriggerPage>(new RequestFailedException(503, "Server busy"));
        }

        public Task<IReadOnlyList<TriggerChange>> ReadChangesAsync(DateTimeOffset since, int max, CancellationToken cancellationToken = default) =>
            Task.FromException<IReadOnlyList<TriggerChange>>(new RequestFailedException(503, "Server busy"));
    }
}
