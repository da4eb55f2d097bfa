using JobForge.Domain.Policy;
using JobForge.Application.Policy;
using JobForge.Storage.Policy;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Policy;

public sealed class PolicyRevocationSweeperTests
{
    [Fact]
    public async Task Tick_DeletesRowsExpiredBeyondTheClockSkew_KeepsTheRest()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var store = new InMemoryPolicyTokenRevocations();
        var now = time.GetUtcNow();
        var old = new PolicyTokenRecord(Guid.NewGuid().ToString("D"), "acme", now.AddSeconds(-61));
        var withinSkew = new PolicyTokenRecord(Guid.NewGuid().ToString("D"), "acme", now.AddSeconds(-30));
        await store.RevokeAsync(old, now.AddHours(-1));
        await store.RevokeAsync(withinSkew, now.AddHours(-1));
        var sweeper = new PolicyRevocationSweeper(store, time, Options.Create(new PolicyTokenOptions()), NullLogger<PolicyRevocationSweeper>.Instance);

        var swept = await sweeper.TickAsync(now, CancellationToken.None);

        Assert.Equal(1, swept);
        Assert.Null(await store.GetAsync(old.Jti));
        Assert.True(await store.IsRevokedAsync(withinSkew.Jti));
    }
}
