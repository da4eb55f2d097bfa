using System.Net;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Auth;

public sealed class BootstrapKeyTests
{
    [Fact]
    public async Task BootstrapKey_AuthenticatesAsAllTenantOperator()
    {
        await using var server = await AuthTestServer.StartAsync();

        using var flags = await server.SendAsync(HttpMethod.Get, "/api/v1/flags", AuthTestServer.BootstrapKey);
        using var anyTenant = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/some-tenant/events", AuthTestServer.BootstrapKey);

        Assert.Equal(HttpStatusCode.OK, flags.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anyTenant.StatusCode);
        Assert.Equal(0, server.Store.GetCount);
    }

    [Fact]
    public async Task BootstrapKey_Absent_LeavesOnlyStoredKeys()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?> { ["JobForge:Auth:BootstrapKey"] = "" });

        using var response = await server.SendAsync(HttpMethod.Get, "/api/v1/flags", AuthTestServer.BootstrapKey);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("short")]
    [InlineData("0123456789012345678901234567890")]
    [InlineData("has a space in it 0123456789012345678901234567890")]
    public async Task BootstrapKey_Malformed_FailsStartUpNamingTheKeyWithoutEchoingIt(string key)
    {
        var azurite = await AzuriteInstance.Shared;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            ["JobForge:Auth:BootstrapKey"] = key,
        }));

        Assert.Contains("JobForge:Auth:BootstrapKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JobForge:Auth:KeyCacheDuration", "00:10:00")]
    [InlineData("JobForge:Auth:KeyCacheDuration", "-00:00:01")]
    [InlineData("JobForge:Auth:KeyCacheSize", "0")]
    [InlineData("JobForge:Auth:TableName", "bad-name")]
    public async Task AuthSetting_OutOfRange_FailsStartUpNamingTheKey(string key, string value)
    {
        var azurite = await AzuriteInstance.Shared;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            [key] = value,
        }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
