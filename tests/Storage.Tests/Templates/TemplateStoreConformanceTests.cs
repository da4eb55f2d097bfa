using JobForge.Domain.Templates;

namespace JobForge.Storage.Tests.Templates;

/// <summary>The <see cref="ITemplateStore"/> contract, run against every implementation.</summary>
public abstract class TemplateStoreConformanceTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<ITemplateStore> CreateStoreAsync();

    private static JobTemplate Scan(string version = "2.0.0", string name = "Custom scan") =>
        BuiltInTemplates.Find("autopilot.ops.scan")! with { Version = version, Name = name };

    [Fact]
    public async Task AddVersion_ThenGet_RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var template = BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)! with { Version = "1.1.0-rc.1+b7" };

        Assert.True(await store.AddVersionAsync(template));
        var read = await store.GetVersionAsync(template.TemplateKey, "1.1.0-rc.1+b7");

        Assert.NotNull(read);
        Assert.Equal(JobTemplateJson.ToJsonString(template), JobTemplateJson.ToJsonString(read));
    }

    [Fact]
    public async Task AddVersion_SameKeyAndVersionTwice_KeepsTheFirst()
    {
        var store = await CreateStoreAsync();
        Assert.True(await store.AddVersionAsync(Scan(name: "first")));

        Assert.False(await store.AddVersionAsync(Scan(name: "second")));
        Assert.Equal("first", (await store.GetVersionAsync("autopilot.ops.scan", "2.0.0"))!.Name);
    }

    [Fact]
    public async Task GetVersion_Unknown_IsNull()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.GetVersionAsync("autopilot.ops.scan", "9.9.9"));
        Assert.Null(await store.GetLatestAsync("autopilot.ops.scan"));
    }

    [Fact]
    public async Task SetLatest_WithCurrentETag_MovesThePointer_AndAStaleETagLoses()
    {
        var store = await CreateStoreAsync();
        await store.AddVersionAsync(Scan("2.0.0"));
        await store.AddVersionAsync(Scan("2.1.0"));

        var first = await store.SetLatestAsync("autopilot.ops.scan", "2.0.0", ifMatch: null);
        Assert.NotNull(first);
        Assert.Null(await store.SetLatestAsync("autopilot.ops.scan", "2.1.0", ifMatch: null)); // a pointer exists
        var second = await store.SetLatestAsync("autopilot.ops.scan", "2.1.0", first.ETag);
        Assert.NotNull(second);
        Assert.Null(await store.SetLatestAsync("autopilot.ops.scan", "2.0.0", first.ETag)); // stale

        var latest = await store.GetLatestAsync("autopilot.ops.scan");
        Assert.Equal("2.1.0", latest!.Version);
        Assert.Equal(second.ETag, latest.ETag);
        Assert.Equal(["autopilot.ops.scan"], (await store.ListLatestAsync()).Select(p => p.TemplateKey));
        Assert.Equal("2.0.0", (await store.GetVersionAsync("autopilot.ops.scan", "2.0.0"))!.Version); // old versions stay
    }

    [Fact]
    public async Task SetLatest_ToAVersionNotStored_Throws()
    {
        var store = await CreateStoreAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => store.SetLatestAsync("autopilot.ops.scan", "3.0.0", null));
    }

    [Fact]
    public async Task Enablement_IsPerTenant_AndLastWriteWins()
    {
        var store = await CreateStoreAsync();
        await store.SetEnablementAsync(new TemplateEnablement("acme", "autopilot.ops.scan", true, At, "k1"));
        await store.SetEnablementAsync(new TemplateEnablement("acme", "autopilot.finops.reconcile", true, At, null));
        await store.SetEnablementAsync(new TemplateEnablement("acme", "autopilot.finops.reconcile", false, At.AddMinutes(1), "k2"));

        var scan = await store.GetEnablementAsync("acme", "autopilot.ops.scan");
        Assert.Equal(new TemplateEnablement("acme", "autopilot.ops.scan", true, At, "k1"), scan);
        Assert.Null(await store.GetEnablementAsync("globex", "autopilot.ops.scan"));
        Assert.Empty(await store.ListEnablementsAsync("globex"));
        var list = await store.ListEnablementsAsync("acme");
        Assert.Equal(["autopilot.finops.reconcile", "autopilot.ops.scan"], list.Select(s => s.TemplateKey));
        Assert.False(list[0].Enabled);
        Assert.Equal("k2", list[0].ChangedBy);
    }

    [Theory]
    [InlineData("bad/tenant", "autopilot.ops.scan")]
    [InlineData("acme", "Not A Key")]
    public async Task SetEnablement_WithUnsafeKeys_Throws(string tenant, string key)
    {
        var store = await CreateStoreAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => store.SetEnablementAsync(new TemplateEnablement(tenant, key, true, At, null)));
    }

    [Fact]
    public async Task AddVersion_TooLargeOrInvalidVersion_Throws()
    {
        var store = await CreateStoreAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddVersionAsync(Scan(version: "latest")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddVersionAsync(Scan() with { Description = new string('x', 40_000) }));
    }
}
