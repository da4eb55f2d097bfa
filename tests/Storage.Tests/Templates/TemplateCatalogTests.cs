using JobForge.Domain.Templates;
using JobForge.Storage.Templates;

namespace JobForge.Storage.Tests.Templates;

/// <summary><see cref="TemplateCatalog"/> over the in-memory store: built-ins, stored overrides, pinned versions, switches.</summary>
public sealed class TemplateCatalogTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryTemplateStore _store = new();

    private TemplateCatalog Catalog => new(_store);

    [Fact]
    public async Task Get_BuiltIn_IsServedFromCode_Disabled()
    {
        var entry = await Catalog.GetAsync("acme", "autopilot.ops.scan");

        Assert.NotNull(entry);
        Assert.True(entry.IsBuiltIn);
        Assert.False(entry.Enabled);
        Assert.Equal("1.0.0", entry.Template.Version);
    }

    [Fact]
    public async Task StoredLatest_OverridesTheBuiltIn_WhileOldVersionsStayReachable()
    {
        var v2 = BuiltInTemplates.Find("autopilot.ops.scan")! with { Version = "2.0.0", Name = "Scan v2" };
        await _store.AddVersionAsync(v2);
        await _store.SetLatestAsync(v2.TemplateKey, "2.0.0", null);

        var latest = await Catalog.GetAsync("acme", "autopilot.ops.scan");
        var pinned = await Catalog.GetAsync("acme", "autopilot.ops.scan", "1.0.0");
        var listed = (await Catalog.ListAsync("acme")).Single(e => e.Template.TemplateKey == "autopilot.ops.scan");

        Assert.Equal(("Scan v2", false), (latest!.Template.Name, latest.IsBuiltIn));
        Assert.Equal(("1.0.0", true), (pinned!.Template.Version, pinned.IsBuiltIn));
        Assert.Equal("2.0.0", listed.Template.Version);
        Assert.Equal(BuiltInTemplates.All.Count, (await Catalog.ListAsync("acme")).Count);
    }

    [Fact]
    public async Task Enabled_IsPerTenant()
    {
        await _store.SetEnablementAsync(new TemplateEnablement("acme", "autopilot.ops.scan", true, At, "k"));

        Assert.True((await Catalog.GetAsync("acme", "autopilot.ops.scan"))!.Enabled);
        Assert.False((await Catalog.GetAsync("globex", "autopilot.ops.scan"))!.Enabled);
        Assert.Single(await Catalog.ListAsync("acme"), e => e.Enabled);
    }

    [Theory]
    [InlineData("acme", "autopilot.ops.none", null)]
    [InlineData("acme", "autopilot.ops.scan", "9.0.0")]
    [InlineData("acme", "autopilot.ops.scan", "not-semver")]
    [InlineData("acme", "Bad Key", null)]
    [InlineData("bad/tenant", "autopilot.ops.scan", null)]
    public async Task Get_UnknownOrMalformed_IsNull(string tenant, string key, string? version)
    {
        Assert.Null(await Catalog.GetAsync(tenant, key, version));
    }
}
