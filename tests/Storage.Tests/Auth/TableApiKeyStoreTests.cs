using JobForge.Storage.Tables;
using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Auth;
using JobForge.Storage.Auth;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Auth;

public sealed class TableApiKeyStoreTests : ApiKeyStoreConformanceTests
{
    protected override async Task<IApiKeyStore> CreateStoreAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        return new TableApiKeyStore(service.GetTableClient(UniqueNames.Next("apikeys")));
    }

    [Fact]
    public async Task Create_StoresOnlyTheHash_NeverTheSecret()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("apikeys"));
        var store = new TableApiKeyStore(table);
        var secret = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        var record = NewRecord() with { SecretHash = hash };

        await store.CreateAsync(record);
        var entity = await table.FindEntityAsync(record.KeyId, "key");

        Assert.NotNull(entity);
        Assert.Equal(hash, entity.GetString("SecretHash"));
        Assert.DoesNotContain(entity, property => property.Value?.ToString()?.Contains(secret, StringComparison.Ordinal) == true);
        Assert.Equal("acme", entity.GetString("TenantId"));
    }

    [Fact]
    public async Task FirstUse_CreatesAMissingTable()
    {
        var service = await TableTestTables.ServiceAsync();
        var name = UniqueNames.Next("apikeys");
        var store = new TableApiKeyStore(service.GetTableClient(name));

        Assert.Empty(await store.ListAsync(null));
        var tables = new List<string>();
        await foreach (var item in service.QueryAsync(filter: $"TableName eq '{name}'"))
        {
            tables.Add(item.Name);
        }

        Assert.Equal([name], tables);
    }
}
