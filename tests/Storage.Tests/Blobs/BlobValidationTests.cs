using Azure;
using JobForge.Storage.Accounts;
using JobForge.Storage.Blobs;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Blobs;

public sealed class BlobValidationTests
{
    private static readonly BlobServiceClient Offline = new(
        new Uri("http://127.0.0.1:1/devstoreaccount1"),
        new StorageSharedKeyCredential(StorageAccountEndpoints.DevelopmentAccountName, StorageAccountEndpoints.DevelopmentAccountKey));

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("-lead")]
    [InlineData("trail-")]
    [InlineData("dou--ble")]
    [InlineData("under_score")]
    public void GetContainerClient_WithInvalidName_ThrowsArgumentException(string name) =>
        Assert.Throws<ArgumentException>(() => Offline.GetContainerClient(name));

    [Theory]
    [InlineData("abc")]
    [InlineData("a-b-c")]
    [InlineData("123")]
    public void GetContainerClient_WithValidName_BuildsUriWithoutDoubleSlash(string name) =>
        Assert.Equal("http://127.0.0.1:1/devstoreaccount1/" + name, Offline.GetContainerClient(name).Uri.AbsoluteUri);

    [Theory]
    [InlineData("")]
    [InlineData("ends.")]
    [InlineData("ends/")]
    [InlineData("has\u0001control")]
    [InlineData("a/../b")]
    [InlineData("./a")]
    public async Task Upload_WithInvalidBlobName_ThrowsArgumentException(string name)
    {
        var container = Offline.GetContainerClient("abc");

        await Assert.ThrowsAsync<ArgumentException>(() => container.UploadAsync(name, BinaryData.FromString("x")));
        await Assert.ThrowsAsync<ArgumentException>(() => container.GetPropertiesIfExistsAsync(name));
    }

    [Fact]
    public async Task Upload_WithNameOver1024Chars_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(
            () => Offline.GetContainerClient("abc").UploadAsync(new string('a', 1025), BinaryData.FromString("x")));

    [Fact]
    public async Task Upload_WithIfMatchAndIfNoneMatchAll_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Offline.GetContainerClient("abc").UploadAsync(
            "a", BinaryData.FromString("x"), new BlobUploadOptions { IfNoneMatchAll = true, IfMatch = new ETag("\"1\"") }));

    [Theory]
    [InlineData("1digit", "v")]
    [InlineData("has-dash", "v")]
    [InlineData("ok", "non-ascii é")]
    [InlineData("ok", " padded")]
    public async Task Upload_WithInvalidMetadata_ThrowsArgumentException(string key, string value) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Offline.GetContainerClient("abc").UploadAsync(
            "a", BinaryData.FromString("x"), new BlobUploadOptions { Metadata = new Dictionary<string, string> { [key] = value } }));

    [Fact]
    public async Task Ping_AgainstAzurite_Succeeds()
    {
        await (await BlobTestContainer.ServiceAsync()).PingAsync();
    }

    [Fact]
    public async Task Ping_WithWrongKey_FailsWith403()
    {
        var azurite = await AzuriteInstance.Shared;
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        var wrong = new BlobServiceClient(
            azurite.Endpoints.BlobEndpoint, new StorageSharedKeyCredential(azurite.Endpoints.AccountName, Convert.ToBase64String(new byte[64])), options);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.PingAsync());

        Assert.Equal(403, failure.Status);
    }
}
