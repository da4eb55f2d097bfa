namespace JobForge.Server.Tests.Hosting;

/// <summary>An app setting the platform left as a Key Vault reference stops start-up, naming the key, never used as a secret.</summary>
public sealed class KeyVaultReferenceStartupTests
{
    [Theory]
    [InlineData("JobForge:Auth:BootstrapKey")]
    [InlineData("JOBFORGE_POLICY_TOKEN_SECRET")]
    [InlineData("JobForge:Steps:Http:SigningSecret")]
    public void Build_WithAnUnresolvedKeyVaultReference_FailsNamingTheKey(string key)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            [key] = "@Microsoft.KeyVault(VaultName=jobforge-kv;SecretName=bootstrap-key)",
        }));

        Assert.Contains("'" + key + "'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Key Vault Secrets User", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithResolvedSecrets_Starts()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["JobForge:Auth:BootstrapKey"] = "a-resolved-bootstrap-key-of-forty-characters-long",
        });

        Assert.NotNull(app.Services);
    }
}
