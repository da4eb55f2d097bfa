using JobForge.Domain.Events;
using JobForge.Domain.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Tests.Timers;

/// <summary>The sweep timer functions delete exactly what expired, on the Table stores against Azurite.</summary>
public sealed class SweepTimerTests
{
    [Fact]
    public async Task EventRetentionSweep_DeletesExpiredEventsOnly()
    {
        await using var app = TimerTestApp.Create(await TimerTestApp.SettingsAsync());
        var store = app.Services.GetRequiredService<IEventStore>();
        var now = app.Clock.GetUtcNow();
        await store.AppendAsync(Append("acme", "short", now, now.AddHours(1)));
        await store.AppendAsync(Append("acme", "long", now, now.AddDays(30)));

        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.Sweeps.SweepEventsAsync(new TimerInfo(), CancellationToken.None);

        var page = await store.ListAsync("acme", new EventListQuery());
        Assert.Equal(["long"], page.Events.Select(e => e.EventId));
    }

    [Fact]
    public async Task PolicyRevocationSweep_DeletesRowsOfExpiredTokensOnly()
    {
        await using var app = TimerTestApp.Create(await TimerTestApp.SettingsAsync());
        var revocations = app.Services.GetRequiredService<IPolicyTokenRevocations>();
        var now = app.Clock.GetUtcNow();
        var (shortLived, longLived) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await revocations.RevokeAsync(new PolicyTokenRecord(shortLived, "acme", now.AddMinutes(1)), now);
        await revocations.RevokeAsync(new PolicyTokenRecord(longLived, "acme", now.AddDays(1)), now);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Sweeps.SweepRevocationsAsync(new TimerInfo(), CancellationToken.None);

        Assert.Null(await revocations.GetAsync(shortLived));
        Assert.True(await revocations.IsRevokedAsync(longLived));
    }

    private static EventAppend Append(string tenant, string eventId, DateTimeOffset receivedAt, DateTimeOffset expiresAt) =>
        new(
            new StoredEvent(tenant, eventId, "ops.tick", "settler", null, null, "trace", IsClientSuppliedEventId: true, receivedAt, expiresAt, "{\"payload\":{}}"),
            new OutboxMessage(eventId, tenant, "ops.tick", "settler", "trace", "{}"));
}
