using JobForge.Domain.Artifacts;
using JobForge.Application.Artifacts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Artifacts;

public sealed class EvidenceRegistrationTests
{
    [Fact]
    public async Task AddJobForgeArtifacts_WithoutAnEngineExecutor_RegistersAPlaceholderThatIsUnavailable()
    {
        var services = new ServiceCollection().AddJobForgeArtifacts();
        using var provider = services.BuildServiceProvider();

        var executor = provider.GetRequiredService<IReplayExecutor>();

        await Assert.ThrowsAsync<ReplayUnavailableException>(() => executor.ExecuteAsync(null!, default));
    }

    [Fact]
    public void AddJobForgeArtifacts_AfterTheEnginesExecutor_KeepsTheEngines()
    {
        var engine = new FakeReplayExecutor();
        var services = new ServiceCollection().AddSingleton<IReplayExecutor>(engine).AddJobForgeArtifacts();
        using var provider = services.BuildServiceProvider();

        Assert.Same(engine, provider.GetRequiredService<IReplayExecutor>());
    }

    [Theory]
    [InlineData("JOBFORGE_POLICY_TOKEN_SECRET", true)]
    [InlineData("JobForge:Storage:ConnectionString", true)]
    [InlineData("JobForge:Modules:ops:SigningSecret", true)]
    [InlineData("JobForge:Auth:BootstrapKey", false)]
    [InlineData("REPLAY_PACK_ENABLED", false)]
    public void LooksSecret_SettingNames_AreJudgedByName(string key, bool secret)
    {
        if (key == "JobForge:Auth:BootstrapKey")
        {
            // Not secret-looking by name alone, which is why provenance uses an explicit allow-list, not a deny-list.
            Assert.DoesNotContain(key, EvidenceEnvironment.SettingsAllowList);
        }

        Assert.Equal(secret, EvidenceEnvironment.LooksSecret(key));
    }

    [Fact]
    public void AllowedSettings_OnlyAllowListedKeysAreKept()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "s3cret",
            ["JobForge:Storage:ConnectionString"] = "AccountKey=abc",
        }).Build();

        Assert.Equal(new Dictionary<string, string> { ["REPLAY_PACK_ENABLED"] = "1" }, EvidenceEnvironment.AllowedSettings(configuration));
    }
}
