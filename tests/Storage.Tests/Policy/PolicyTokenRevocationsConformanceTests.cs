using JobForge.Domain.Policy;

namespace JobForge.Storage.Tests.Policy;

/// <summary>The <see cref="IPolicyTokenRevocations"/> contract, run against every adapter.</summary>
public abstract class PolicyTokenRevocationsConformanceTests
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IPolicyTokenRevocations> CreateAsync();

    protected static PolicyTokenRecord NewRecord(string tenant = "acme", TimeSpan? lifetime = null) =>
        new(Guid.NewGuid().ToString("D"), tenant, Now + (lifetime ?? TimeSpan.FromHours(1)));

    [Fact]
    public async Task RecordIssued_ThenGet_ReturnsTheTenantAndExpiry_NotRevoked()
    {
        var store = await CreateAsync();
        var record = NewRecord();

        await store.RecordIssuedAsync(record);

        Assert.Equal(record, await store.GetAsync(record.Jti));
        Assert.False(await store.IsRevokedAsync(record.Jti));
    }

    [Fact]
    public async Task Revoke_IssuedToken_IsRevoked_AndRepeatingKeepsTheFirstTime()
    {
        var store = await CreateAsync();
        var record = NewRecord();
        await store.RecordIssuedAsync(record);

        var first = await store.RevokeAsync(record, Now);
        var second = await store.RevokeAsync(record, Now.AddMinutes(5));

        Assert.True(await store.IsRevokedAsync(record.Jti));
        Assert.Equal(Now, first.RevokedAt);
        Assert.Equal(Now, second.RevokedAt);
        Assert.Equal(Now, (await store.GetAsync(record.Jti))!.RevokedAt);
    }

    [Fact]
    public async Task Revoke_UnrecordedToken_CreatesItsRow()
    {
        var store = await CreateAsync();
        var record = NewRecord("globex");

        await store.RevokeAsync(record, Now);

        Assert.True(await store.IsRevokedAsync(record.Jti));
        Assert.Equal("globex", (await store.GetAsync(record.Jti))!.TenantId);
    }

    [Fact]
    public async Task RecordIssued_AfterRevoke_DoesNotUnrevoke()
    {
        var store = await CreateAsync();
        var record = NewRecord();
        await store.RevokeAsync(record, Now);

        await store.RecordIssuedAsync(record);

        Assert.True(await store.IsRevokedAsync(record.Jti));
    }

    [Fact]
    public async Task UnknownOrMalformedJti_IsNotRevokedAndNotFound()
    {
        var store = await CreateAsync();

        Assert.False(await store.IsRevokedAsync(Guid.NewGuid().ToString("D")));
        Assert.False(await store.IsRevokedAsync("not-a-uuid/../x"));
        Assert.Null(await store.GetAsync(Guid.NewGuid().ToString("D")));
    }

    [Fact]
    public async Task SweepExpired_RemovesOnlyRowsThatExpiredBefore()
    {
        var store = await CreateAsync();
        var old = NewRecord(lifetime: TimeSpan.FromHours(-2));
        var oldRevoked = NewRecord(lifetime: TimeSpan.FromHours(-1));
        var live = NewRecord(lifetime: TimeSpan.FromHours(1));
        await store.RecordIssuedAsync(old);
        await store.RevokeAsync(oldRevoked, Now.AddHours(-3));
        await store.RecordIssuedAsync(live);

        var swept = await store.SweepExpiredAsync(Now);

        Assert.Equal(2, swept);
        Assert.Null(await store.GetAsync(old.Jti));
        Assert.Null(await store.GetAsync(oldRevoked.Jti));
        Assert.NotNull(await store.GetAsync(live.Jti));
    }
}
