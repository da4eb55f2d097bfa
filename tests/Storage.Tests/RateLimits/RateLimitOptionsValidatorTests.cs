using JobForge.Storage.RateLimits;

namespace JobForge.Storage.Tests.RateLimits;

public sealed class RateLimitOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new RateLimitOptionsValidator().Validate(null, new RateLimitOptions()).Succeeded);

    [Theory]
    [InlineData("DefaultPerMinute", "'JobForge:RateLimits:DefaultPerMinute'")]
    [InlineData("PerActorPerMinute", "'JobForge:RateLimits:PerActorPerMinute'")]
    [InlineData("Tenant", "'JobForge:RateLimits:Tenants:acme:PerMinute'")]
    [InlineData("SyncInterval", "'JobForge:RateLimits:SyncInterval'")]
    [InlineData("TableName", "'JobForge:RateLimits:TableName'")]
    [InlineData("InstanceId", "'JobForge:RateLimits:InstanceId'")]
    public void Validate_BadSetting_FailsNamingTheKey(string setting, string key)
    {
        var options = new RateLimitOptions();
        switch (setting)
        {
            case "DefaultPerMinute": options.DefaultPerMinute = 0; break;
            case "PerActorPerMinute": options.PerActorPerMinute = -5; break;
            case "Tenant": options.Tenants["acme"] = new TenantRateLimitOptions { PerMinute = 0 }; break;
            case "SyncInterval": options.SyncInterval = TimeSpan.FromSeconds(30); break;
            case "TableName": options.TableName = "bad-name"; break;
            case "InstanceId": options.InstanceId = "has space"; break;
        }

        var result = new RateLimitOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false, 100)]
    [InlineData("alice", false, 100)]
    [InlineData("alice", true, 7)]
    [InlineData(null, true, 100)]
    public void LimitFor_TenantActorAndMode_PicksTheConfiguredLimit(string? actor, bool perActor, int expected)
    {
        var options = new RateLimitOptions { PerActor = perActor, PerActorPerMinute = 7 };

        Assert.Equal(expected, options.LimitFor("tenant-a", actor));
    }

    [Fact]
    public void LimitFor_TenantOverride_WinsOverTheDefaults()
    {
        var options = new RateLimitOptions { PerActor = true, PerActorPerMinute = 7 };
        options.Tenants["vip"] = new TenantRateLimitOptions { PerMinute = 1000, PerActorPerMinute = 50 };

        Assert.Equal(1000, options.LimitFor("vip", null));
        Assert.Equal(50, options.LimitFor("vip", "alice"));
    }
}
