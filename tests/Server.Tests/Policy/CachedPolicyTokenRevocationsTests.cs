using JobForge.Domain.Policy;
using JobForge.Application.Policy;
using JobForge.Storage.Policy;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Server.Tests.Policy;

public sealed class CachedPolicyTokenRevocationsTests
{
    private static readonly PolicyTokenRecord Record = new("0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11", "acme", DateTimeOffset.UnixEpoch.AddDays(30000));

    [Fact]
    public async Task IsRevoked_RevokedElsewhere_IsSeenOnceTheCacheTimePasses()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        var shared = new InMemoryPolicyTokenRevocations();
        var cache = new CachedPolicyTokenRevocations(shared, time, TimeSpan.FromSeconds(5));
        Assert.False(await cache.IsRevokedAsync(Record.Jti));

        await shared.RevokeAsync(Record, time.GetUtcNow());
        var withinCache = await cache.IsRevokedAsync(Record.Jti);
        time.Advance(TimeSpan.FromSeconds(5));
        var afterCache = await cache.IsRevokedAsync(Record.Jti);

        Assert.False(withinCache);
        Assert.True(afterCache);
    }

    [Fact]
    public async Task Revoke_ThroughTheCache_IsSeenAtOnce_AndARevokedAnswerIsNotReadAgain()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        var shared = new InMemoryPolicyTokenRevocations();
        var cache = new CachedPolicyTokenRevocations(shared, time, TimeSpan.FromSeconds(5));
        Assert.False(await cache.IsRevokedAsync(Record.Jti));

        await cache.RevokeAsync(Record, time.GetUtcNow());
        var reads = shared.ReadCount;
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await cache.IsRevokedAsync(Record.Jti));
        Assert.Equal(reads, shared.ReadCount);
    }
}
