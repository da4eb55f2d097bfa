using JobForge.Storage.Accounts;

namespace JobForge.Storage.Tests.Accounts;

public sealed class StorageConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("usedevelopmentstorage=TRUE;")]
    [InlineData(" UseDevelopmentStorage = true ")]
    public void Parse_DevelopmentStorage_GivesAzuriteDefaultEndpointsAndKey(string connectionString)
    {
        var endpoints = StorageConnectionString.Parse(connectionString);

        Assert.Equal("devstoreaccount1", endpoints.AccountName);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", endpoints.BlobEndpoint.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", endpoints.QueueEndpoint.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", endpoints.TableEndpoint.ToString().TrimEnd('/'));
        Assert.Equal("devstoreaccount1", endpoints.SharedKey!.AccountName);
    }

    [Fact]
    public void Parse_DevelopmentStorageWithProxy_UsesProxyHost()
    {
        var endpoints = StorageConnectionString.Parse("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://azurite");

        Assert.Equal("http://azurite:10002/devstoreaccount1", endpoints.TableEndpoint.ToString().TrimEnd('/'));
    }

    [Fact]
    public void Parse_AccountStringWithSuffix_DerivesEachServiceEndpoint()
    {
        var endpoints = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=jobforgeprod;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://jobforgeprod.blob.core.chinacloudapi.cn"), endpoints.BlobEndpoint);
        Assert.Equal(new Uri("https://jobforgeprod.queue.core.chinacloudapi.cn"), endpoints.QueueEndpoint);
        Assert.Equal(new Uri("https://jobforgeprod.table.core.chinacloudapi.cn"), endpoints.TableEndpoint);
        Assert.Equal("jobforgeprod", endpoints.SharedKey!.AccountName);
    }

    [Fact]
    public void Parse_AccountStringWithoutSuffix_DefaultsToPublicCloudHttps()
    {
        var endpoints = StorageConnectionString.Parse($"AccountName=jobforgeprod;AccountKey={Key}");

        Assert.Equal(new Uri("https://jobforgeprod.table.core.windows.net"), endpoints.TableEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_TakePrecedenceOverSuffix()
    {
        var endpoints = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            "BlobEndpoint=http://127.0.0.1:41000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:41001/devstoreaccount1/;" +
            "TableEndpoint=http://127.0.0.1:41002/devstoreaccount1;EndpointSuffix=core.windows.net");

        Assert.Equal("http://127.0.0.1:41000/devstoreaccount1", endpoints.BlobEndpoint.ToString());
        Assert.Equal("http://127.0.0.1:41001/devstoreaccount1", endpoints.QueueEndpoint.ToString());
        Assert.Equal("http://127.0.0.1:41002/devstoreaccount1", endpoints.TableEndpoint.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("garbage", "malformed")]
    [InlineData("=value", "malformed")]
    [InlineData("UseDevelopmentStorage=yes", "UseDevelopmentStorage must be 'true'")]
    [InlineData("AccountKey=" + Key, "no AccountName")]
    [InlineData("AccountName=jobforgeprod", "no AccountKey")]
    [InlineData("AccountName=jobforgeprod;AccountKey=not*base64!", "not valid base64")]
    [InlineData("AccountName=Bad_Name;AccountKey=" + Key, "3 to 24 lowercase")]
    [InlineData("AccountName=jobforgeprod;AccountName=other;AccountKey=" + Key, "more than once")]
    [InlineData("DefaultEndpointsProtocol=ftp;AccountName=jobforgeprod;AccountKey=" + Key, "DefaultEndpointsProtocol")]
    [InlineData("AccountName=jobforgeprod;AccountKey=" + Key + ";BlobEndpoint=not a uri", "BlobEndpoint must be an absolute")]
    [InlineData("BlobEndpoint=https://a.blob.core.windows.net;SharedAccessSignature=sv=2020&sig=abc", "SAS connection strings are not supported")]
    public void TryParse_Malformed_FailsWithMessageNamingTheProblem(string connectionString, string expected)
    {
        var parsed = StorageConnectionString.TryParse(connectionString, out var endpoints, out var error);

        Assert.False(parsed);
        Assert.Null(endpoints);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionThatNeverContainsTheKey()
    {
        var secretKey = Convert.ToBase64String(Enumerable.Range(0, 64).Select(i => (byte)i).ToArray());

        var failure = Assert.Throws<FormatException>(() =>
            StorageConnectionString.Parse($"AccountName=BAD;AccountKey={secretKey}"));

        Assert.DoesNotContain(secretKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_ToString_DoesNotRevealTheKey()
    {
        var endpoints = StorageConnectionString.Parse($"AccountName=jobforgeprod;AccountKey={Key}");

        Assert.DoesNotContain(Key, endpoints.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, endpoints.SharedKey!.ToString(), StringComparison.Ordinal);
    }
}
