using JobForge.Storage.Tables;
using JobForge.Domain.Templates;
using JobForge.Storage.Templates;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Templates;

public sealed class TableTemplateStoreTests : TemplateStoreConformanceTests
{
    protected override async Task<ITemplateStore> CreateStoreAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        return new TableTemplateStore(service.GetTableClient(UniqueNames.Next("templates")), service.GetTableClient(UniqueNames.Next("switches")));
    }

    [Fact]
    public async Task Versions_AreRowsOfTheKeyPartition_BesideTheLatestPointer()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("templates"));
        var store = new TableTemplateStore(table, service.GetTableClient(UniqueNames.Next("switches")));
        var template = BuiltInTemplates.Find("autopilot.ops.scan")! with { Version = "2.0.0" };

        await store.AddVersionAsync(template);
        await store.SetLatestAsync(template.TemplateKey, "2.0.0", null);

        Assert.NotNull(await table.FindEntityAsync("autopilot.ops.scan", "2.0.0"));
        Assert.Equal("2.0.0", (await table.FindEntityAsync("autopilot.ops.scan", "latest"))!.GetString("Version"));
    }
}
