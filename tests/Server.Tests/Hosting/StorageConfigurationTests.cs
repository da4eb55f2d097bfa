using Azure.Core;
using JobForge.Storage.Configuration;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Hosting;

/// <summary>
/// Configuration precedence (README, "Configuration"): JobForge connection string, AzureWebJobsStorage, JobForge Entra ID
/// settings, then the Functions identity-based AzureWebJobsStorage__* keys. The clients are built in-process, never called.
/// </summary>
public sealed class StorageConfigurationTests
{
    private const string Key = AzuriteInstance.DevelopmentAccountKey;

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

        Assert.Equal("winner", clients.Tables.AccountName);
        Assert.Equal("winner.blob.core.windows.net", clients.Blobs.Uri.Host);
        Assert.Equal("JobForge:Storage:ConnectionString", app.Services.GetRequiredService<StorageConnection>().Source);
    }

    [Fact]
    public async Task AzureWebJobsStorage_IsTheFallback()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = AccountString("functions"),
        });

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Equal("functions.table.core.windows.net", clients.Tables.Uri.Host);
        Assert.Equal("AzureWebJobsStorage", app.Services.GetRequiredService<StorageConnection>().Source);
    }

    [Fact]
    public async Task AccountName_UsesEntraIdAgainstPublicCloudEndpoints()
    {
        await using var app = RunningServer.Build(
            new Dictionary<string, string?> { ["JobForge:Storage:AccountName"] = "jobforgeprod" },
            services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.True(app.Services.GetRequiredService<StorageConnection>().UsesTokenCredential);
        Assert.Equal("jobforgeprod.blob.core.windows.net", clients.Blobs.Uri.Host);
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

        Assert.Equal("private.queue.example.net", clients.Queues.Uri.Host);
        Assert.True(app.Services.GetRequiredService<StorageConnection>().UsesTokenCredential);
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

    [Fact]
    public async Task FunctionsAccountName_WithManagedIdentity_UsesThatIdentityAgainstPublicCloudEndpoints()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:accountName"] = "funcstore",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var connection = app.Services.GetRequiredService<StorageConnection>();
        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Equal("AzureWebJobsStorage:accountName", connection.Source);
        Assert.True(connection.ManagedIdentity);
        Assert.Equal("00000000-0000-0000-0000-000000000001", connection.ClientId);
        Assert.Equal("funcstore.table.core.windows.net", clients.Tables.Uri.Host);
        Assert.Equal("funcstore.queue.core.windows.net", clients.Queues.Uri.Host);
    }

    [Fact]
    public async Task FunctionsServiceUris_UseEntraIdAgainstThoseUris()
    {
        await using var app = RunningServer.Build(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage:blobServiceUri"] = "https://func.blob.example.net",
                ["AzureWebJobsStorage:queueServiceUri"] = "https://func.queue.example.net",
                ["AzureWebJobsStorage:tableServiceUri"] = "https://func.table.example.net",
            },
            services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));

        var clients = app.Services.GetRequiredService<StorageClients>();

        Assert.Equal("func.table.example.net", clients.Tables.Uri.Host);
        Assert.Equal("func.blob.example.net", clients.Blobs.Uri.Host);
        Assert.False(app.Services.GetRequiredService<StorageConnection>().ManagedIdentity);
    }

    [Fact]
    public async Task JobForgeAccountName_WinsOverFunctionsIdentityKeys_AndAzureWebJobsStorageWinsOverBoth()
    {
        await using var jobForge = RunningServer.Build(
            new Dictionary<string, string?>
            {
                ["JobForge:Storage:AccountName"] = "jobforgeacct",
                ["AzureWebJobsStorage:accountName"] = "funcstore",
            },
            services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));
        await using var functions = RunningServer.Build(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = AccountString("connstring"),
            ["JobForge:Storage:AccountName"] = "jobforgeacct",
            ["AzureWebJobsStorage:accountName"] = "funcstore",
        });

        Assert.Equal("jobforgeacct.table.core.windows.net", jobForge.Services.GetRequiredService<StorageClients>().Tables.Uri.Host);
        Assert.Equal("connstring", functions.Services.GetRequiredService<StorageClients>().Tables.AccountName);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage:blobServiceUri", "https://func.blob.example.net", "'AzureWebJobsStorage__queueServiceUri'")]
    [InlineData("AzureWebJobsStorage:credential", "clientsecret", "'AzureWebJobsStorage__credential'")]
    public async Task FunctionsIdentityKeys_Incomplete_FailNamingTheKeyToSet(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (!key.EndsWith("ServiceUri", StringComparison.Ordinal))
        {
            settings["AzureWebJobsStorage:accountName"] = "funcstore";
        }

        await using var app = RunningServer.Build(settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
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
