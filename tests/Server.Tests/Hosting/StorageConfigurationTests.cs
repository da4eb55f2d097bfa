using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Hosting;

/// <summary>Configuration precedence (README, "Configuration"): ConnectionString, then AzureWebJobsStorage, then Entra ID settings.</summary>
public sealed class StorageConfigurationTests
{
    private const string Key = StorageAccountEndpoints.DevelopmentAccountKey;

    [Fact]
    public async Task Startup_WithoutAnyStorageSetting_FailsNamingTheKeysToSet()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("'JobForge:Storage:ConnectionString'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'JobForge:Storage:AccountName'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithMalformedConnectionString_FailsNamingTheKeyWithoutTheSecret()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = $"AccountName=UPPER;AccountKey={Key}",
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("'JobForge:Storage:ConnectionString'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AccountName", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JobForge:Storage:MaxRetries", "11", "'JobForge:Storage:MaxRetries'")]
    [InlineData("JobForge:Storage:NetworkTimeout", "00:00:00", "'JobForge:Storage:NetworkTimeout'")]
    public async Task Startup_WithOutOfRangeSetting_FailsNamingIt(string key, string value, string expected)
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            [key] = value,
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionString_WinsOverAzureWebJobsStorage()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = AccountString("winner"),
            ["AzureWebJobsStorage"] = AccountString("loser"),
        });

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Equal("winner", clients.Endpoints.AccountName);
    }

    [Fact]
    public async Task AzureWebJobsStorage_IsTheFallback()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = AccountString("functions"),
        });

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Equal(new Uri("https://functions.table.core.windows.net"), clients.Endpoints.TableEndpoint);
    }

    [Fact]
    public async Task AccountName_UsesEntraIdAgainstPublicCloudEndpoints()
    {
        await using var app = RunningServer.Build(
            new Dictionary<string, string?> { ["JobForge:Storage:AccountName"] = "jobforgeprod" },
            services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Null(clients.Endpoints.SharedKey);
        Assert.Equal(new Uri("https://jobforgeprod.blob.core.windows.net"), clients.Endpoints.BlobEndpoint);
    }

    [Fact]
    public async Task ServiceUris_UseEntraIdAgainstThoseUris()
    {
        await using var app = RunningServer.Build(
            new Dictionary<string, string?>
            {
                ["JobForge:Storage:BlobServiceUri"] = "https://private.blob.example.net",
                ["JobForge:Storage:QueueServiceUri"] = "https://private.queue.example.net",
                ["JobForge:Storage:TableServiceUri"] = "https://private.table.example.net",
            },
            services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Equal(new Uri("https://private.queue.example.net"), clients.Endpoints.QueueEndpoint);
        Assert.Null(clients.Endpoints.SharedKey);
    }

    [Fact]
    public async Task ServiceUris_WhenOnlySomeAreSet_FailNamingAllThree()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:BlobServiceUri"] = "https://private.blob.example.net",
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("'JobForge:Storage:QueueServiceUri'", failure.Message, StringComparison.Ordinal);
    }

    private static string AccountString(string account) => $"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={Key}";

    private sealed class StaticTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("test-token", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
