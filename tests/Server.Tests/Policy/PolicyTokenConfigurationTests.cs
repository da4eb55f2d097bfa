using System.Net;
using System.Text.Json;
using JobForge.Application.Policy;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Policy;

public sealed class PolicyTokenConfigurationTests
{
    private static readonly object Issue = new { tenant_id = "acme", actor_id = "alice", action = "autopilot.ops.apply", scopes = new[] { "ops:*" } };

    [Fact]
    public async Task Start_WithActionJobsAndRequiredTokensButNoSecret_RefusesNamingTheSetting()
    {
        var settings = await PolicyTestServer.SettingsAsync(new Dictionary<string, string?> { ["JOBFORGE_POLICY_TOKEN_SECRET"] = null });
        var app = RunningServer.Build(settings);
        try
        {
            var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            Assert.Contains("JOBFORGE_POLICY_TOKEN_SECRET", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("JOBFORGE_ACTION_JOBS_ENABLED")]
    [InlineData("JOBFORGE_REQUIRE_POLICY_TOKENS")]
    public async Task Start_WithoutSecret_WhenActionJobsOffOrTokensNotRequired_Starts_AndIssuingSaysWhichSettingToSet(string flag)
    {
        await using var server = await PolicyTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = null,
            [flag] = "0",
        });
        var key = await server.CreateKeyAsync("*", "policy:issue");

        using var response = await server.PostAsync(key, "/api/v1/policy-tokens", JsonSerializer.Serialize(Issue));

        var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "feature_disabled");
        Assert.Contains("JOBFORGE_POLICY_TOKEN_SECRET", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithSecretsInTheListForm_IssuesTokensThatValidate()
    {
        await using var server = await PolicyTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = null,
            ["JobForge:Policy:Secrets:0"] = "list-secret-0123456789abcdef",
        });
        var key = await server.CreateKeyAsync("*", "policy:issue", "jobs:write");
        var token = (await server.IssueAsync(key, Issue)).GetProperty("token").GetString()!;

        var result = await server.ValidateAsync(key, new { token, action = "autopilot.ops.apply", tenant_id = "acme", actor_id = "alice" });

        Assert.True(result.GetProperty("allowed").GetBoolean());
        Assert.Equal(ExternalTokens.Mint(DecodePayload(token), "list-secret-0123456789abcdef"), token);
    }

    [Fact]
    public void Secrets_EnvironmentListFirstThenSection_BlanksDroppedAndDuplicatesOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = " new-secret , old-secret,, ",
            ["JobForge:Policy:Secrets:1"] = "section-two",
            ["JobForge:Policy:Secrets:0"] = "old-secret",
            ["JobForge:Policy:Secrets:2"] = " ",
        }).Build();

        Assert.Equal(["new-secret", "old-secret", "section-two"], PolicyTokenSecrets.Read(configuration));
    }

    [Fact]
    public async Task Revoke_OnOneServer_DeniesTheTokenOnAnotherSharingTheStore()
    {
        var settings = await PolicyTestServer.SettingsAsync(new Dictionary<string, string?> { ["JobForge:Policy:RevocationCacheDuration"] = "00:00:00" });
        await using var first = await PolicyTestServer.StartWithSettingsAsync(settings);
        await using var second = await PolicyTestServer.StartWithSettingsAsync(settings);
        var key = await first.CreateKeyAsync("acme", "policy:issue", "jobs:write");
        var issued = await first.IssueAsync(key, Issue);
        var check = new { token = issued.GetProperty("token").GetString(), action = "autopilot.ops.apply", tenant_id = "acme", actor_id = "alice" };
        Assert.True((await second.ValidateAsync(key, check)).GetProperty("allowed").GetBoolean());

        using var revoke = await first.PostAsync(key, "/api/v1/policy-tokens/" + issued.GetProperty("jti").GetString() + "/revoke", null);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal("revoked", (await second.ValidateAsync(key, check)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Start_WithTooLongRevocationCache_Refuses()
    {
        var settings = await PolicyTestServer.SettingsAsync(new Dictionary<string, string?> { ["JobForge:Policy:RevocationCacheDuration"] = "00:01:00" });
        var app = RunningServer.Build(settings);
        try
        {
            var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            Assert.Contains("JobForge:Policy:RevocationCacheDuration", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static string DecodePayload(string token)
    {
        var text = token[..token.IndexOf('.', StringComparison.Ordinal)].Replace('-', '+').Replace('_', '/');
        text += new string('=', (4 - (text.Length % 4)) % 4);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text));
    }
}
