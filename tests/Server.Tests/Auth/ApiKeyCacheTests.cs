using JobForge.Domain.Auth;
using JobForge.Application.Auth;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Auth;

public sealed class ApiKeyCacheTests
{
    private readonly FakeTimeProvider _time = new(TestClock.Start);

    [Fact]
    public void Entry_ExpiresAfterTheConfiguredDuration()
    {
        var cache = Cache(TimeSpan.FromSeconds(5), 10);
        cache.Set(Record(1));

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.True(cache.TryGet(Record(1).KeyId, out _));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.False(cache.TryGet(Record(1).KeyId, out _));
    }

    [Fact]
    public void ZeroDuration_CachesNothing()
    {
        var cache = Cache(TimeSpan.Zero, 10);
        cache.Set(Record(1));

        Assert.False(cache.TryGet(Record(1).KeyId, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Cache_NeverHoldsMoreThanItsSize()
    {
        var cache = Cache(TimeSpan.FromMinutes(1), 100);

        for (var i = 0; i < 1000; i++)
        {
            cache.Set(Record(i));
            Assert.True(cache.Count <= 100);
        }

        Assert.True(cache.TryGet(Record(999).KeyId, out var last));
        Assert.Equal(Record(999).KeyId, last!.KeyId);
    }

    [Fact]
    public void Remove_ForgetsAtOnce()
    {
        var cache = Cache(TimeSpan.FromMinutes(1), 10);
        cache.Set(Record(1));

        cache.Remove(Record(1).KeyId);

        Assert.False(cache.TryGet(Record(1).KeyId, out _));
    }

    private ApiKeyCache Cache(TimeSpan duration, int size) =>
        new(_time, Options.Create(new ApiKeyAuthOptions { KeyCacheDuration = duration, KeyCacheSize = size }));

    private static ApiKeyRecord Record(int i) =>
        new(i.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), "k", "t", ["admin"], new string('0', 64), DateTimeOffset.UnixEpoch);
}
