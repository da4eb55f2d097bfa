using System.Net;
using JobForge.Application.Flags;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Flags;

public sealed class FeatureFlagTests
{
    [Fact]
    public async Task GetFlags_AsOperator_ShowsEffectiveValuesButNeverTheSecret()
    {
        await using var server = await EventsTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = "true",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = null,
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "a-very-secret-policy-token-secret",
        });

        using var response = await server.GetAsync(EventsTestServer.BootstrapKey, "/api/v1/flags");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var flags = await EventsTestServer.JsonAsync(response);
        Assert.True(flags.GetProperty(FeatureFlagNames.Events).GetBoolean());
        Assert.False(flags.GetProperty(FeatureFlagNames.AuditLogging).GetBoolean());
        Assert.False(flags.GetProperty(FeatureFlagNames.Triggers).GetBoolean());
        Assert.True(flags.GetProperty(FeatureFlagNames.RequirePolicyTokens).GetBoolean());
        Assert.Equal("configured", flags.GetProperty(FeatureFlagNames.PolicyTokenSecret).GetString());
        Assert.DoesNotContain("a-very-secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFlags_WithoutAdminScope_IsForbidden()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:*");

        await EventInputTests.AssertEnvelopeAsync(await server.GetAsync(key, "/api/v1/flags"), HttpStatusCode.Forbidden, "forbidden");
        await EventInputTests.AssertEnvelopeAsync(await server.GetAsync(null, "/api/v1/flags"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("JOBFORGE_EVENTS_ENABLED", "maybe")]
    [InlineData("JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS", "48")]
    public void Startup_WithMalformedFlag_FailsNamingIt(string flag, string value)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            [flag] = value,
        }));

        Assert.Contains($"'{flag}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedFlag_TakesEffectOnReloadWithoutARestart()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");
        using (var before = await server.PostEventAsync(key, EventsTestServer.Event("acme")))
        {
            Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        }

        var configuration = (IConfigurationRoot)server.Server.App.Services.GetRequiredService<IConfiguration>();
        configuration[FeatureFlagNames.Events] = "0";
        configuration.Reload();

        await EventInputTests.AssertEnvelopeAsync(await server.PostEventAsync(key, EventsTestServer.Event("acme")), HttpStatusCode.Forbidden, "feature_disabled");
        Assert.False(server.Server.App.Services.GetRequiredService<FeatureFlagsReader>().Current.EventsEnabled);
    }
}
