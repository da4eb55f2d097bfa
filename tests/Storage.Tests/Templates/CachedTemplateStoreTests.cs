using JobForge.Domain.Templates;
using JobForge.Storage.Templates;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Storage.Tests.Templates;

/// <summary>The cache keeps the store contract, and bounds staleness of changes made elsewhere to its TTL.</summary>
public sealed class CachedTemplateStoreTests : TemplateStoreConformanceTests
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected override Task<ITemplateStore> CreateStoreAsync() =>
        Task.FromResult<ITemplateStore>(new CachedTemplateStore(new InMemoryTemplateStore(), new FakeTimeProvider(s_start)));

    [Fact]
    public async Task GetEnablementAsync_ChangedBehindTheCache_IsSeenOnlyAfterTheTtl()
    {
        var inner = new InMemoryTemplateStore();
        var time = new FakeTimeProvider(s_start);
        var cache = new CachedTemplateStore(inner, time);
        Assert.Null(await cache.GetEnablementAsync("tenant-a", "acme.ops.scan"));

        await inner.SetEnablementAsync(new TemplateEnablement("tenant-a", "acme.ops.scan", true, s_start, "other-server"));
        var stale = await cache.GetEnablementAsync("tenant-a", "acme.ops.scan");
        time.Advance(CachedTemplateStore.Ttl);
        var fresh = await cache.GetEnablementAsync("tenant-a", "acme.ops.scan");

        Assert.Null(stale);
        Assert.True(fresh!.Enabled);
    }

    [Fact]
    public async Task SetEnablementAsync_ThroughTheCache_IsSeenAtOnce()
    {
        var cache = new CachedTemplateStore(new InMemoryTemplateStore(), new FakeTimeProvider(s_start));
        Assert.Null(await cache.GetEnablementAsync("tenant-a", "acme.ops.scan"));

        await cache.SetEnablementAsync(new TemplateEnablement("tenant-a", "acme.ops.scan", true, s_start, "me"));

        Assert.True((await cache.GetEnablementAsync("tenant-a", "acme.ops.scan"))!.Enabled);
    }
}
