using JobForge.Domain.Auth;

namespace JobForge.Storage.Tests.Auth;

/// <summary>The <see cref="IApiKeyStore"/> contract, run against every implementation.</summary>
public abstract class ApiKeyStoreConformanceTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static int s_next;

    protected abstract Task<IApiKeyStore> CreateStoreAsync();

    protected static ApiKeyRecord NewRecord(string? tenant = "acme", params string[] scopes) => new(
        Interlocked.Increment(ref s_next).ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
        "key 'quoted' ünïcode",
        tenant,
        scopes.Length == 0 ? ["events:write", "ops:*"] : scopes,
        new string('a', 64),
        Created);

    [Fact]
    public async Task Create_ThenGet_ReturnsTheSameRecord()
    {
        var store = await CreateStoreAsync();
        var record = NewRecord();

        Assert.True(await store.CreateAsync(record));
        var read = await store.GetAsync(record.KeyId);

        Assert.NotNull(read);
        Assert.Equal((record.KeyId, record.Name, record.TenantId, record.SecretHash, record.CreatedAt, record.RevokedAt),
            (read.KeyId, read.Name, read.TenantId, read.SecretHash, read.CreatedAt, read.RevokedAt));
        Assert.Equal(record.Scopes, read.Scopes);
    }

    [Fact]
    public async Task Create_AllTenantKey_KeepsTenantNull()
    {
        var store = await CreateStoreAsync();
        var record = NewRecord(tenant: null, "*");

        await store.CreateAsync(record);

        Assert.Null((await store.GetAsync(record.KeyId))!.TenantId);
    }

    [Fact]
    public async Task Create_ExistingKeyId_IsFalseAndKeepsTheFirst()
    {
        var store = await CreateStoreAsync();
        var record = NewRecord();
        await store.CreateAsync(record);

        Assert.False(await store.CreateAsync(record with { Name = "second" }));
        Assert.Equal(record.Name, (await store.GetAsync(record.KeyId))!.Name);
    }

    [Fact]
    public async Task Create_MalformedKeyId_Throws()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(NewRecord() with { KeyId = "bootstrap" }));
    }

    [Theory]
    [InlineData("ffffffffffffffff")]
    [InlineData("bootstrap")]
    [InlineData("x'or'1'='1")]
    [InlineData("../../etc")]
    [InlineData("")]
    public async Task GetAndRevoke_UnknownOrMalformedId_AreNull(string keyId)
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync(keyId));
        Assert.Null(await store.RevokeAsync(keyId, Created));
    }

    [Fact]
    public async Task Revoke_SetsRevokedAtOnceAndKeepsTheFirstTime()
    {
        var store = await CreateStoreAsync();
        var record = NewRecord();
        await store.CreateAsync(record);

        var first = await store.RevokeAsync(record.KeyId, Created.AddHours(1));
        var second = await store.RevokeAsync(record.KeyId, Created.AddHours(2));

        Assert.Equal(Created.AddHours(1), first!.RevokedAt);
        Assert.Equal(Created.AddHours(1), second!.RevokedAt);
        Assert.Equal(Created.AddHours(1), (await store.GetAsync(record.KeyId))!.RevokedAt);
        Assert.Equal(record.Scopes, second.Scopes);
    }

    [Fact]
    public async Task List_FiltersByTenantAndOrdersById()
    {
        var store = await CreateStoreAsync();
        var acme = NewRecord("acme");
        var other = NewRecord("other");
        var operators = NewRecord(null, "*");
        var acme2 = NewRecord("acme");
        foreach (var record in new[] { acme2, operators, other, acme })
        {
            await store.CreateAsync(record);
        }

        Assert.Equal([acme.KeyId, acme2.KeyId], (await store.ListAsync("acme")).Select(r => r.KeyId));
        Assert.Equal([operators.KeyId], (await store.ListAsync(ApiKeyRecord.AllTenants)).Select(r => r.KeyId));
        Assert.Equal([acme.KeyId, other.KeyId, operators.KeyId, acme2.KeyId], (await store.ListAsync(null)).Select(r => r.KeyId));
        Assert.Empty(await store.ListAsync("o'hara"));
    }
}
