using System.Security.Cryptography;
using Azure;
using JobForge.Storage.Blobs;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Blobs;

public sealed class BlobContainerClientTests
{
    [Fact]
    public async Task CreateIfNotExists_Twice_CreatesOnceAndToleratesTheSecond()
    {
        var container = (await BlobTestContainer.ServiceAsync()).GetContainerClient(UniqueNames.Next("create"));

        Assert.True(await container.CreateIfNotExistsAsync());
        Assert.False(await container.CreateIfNotExistsAsync());
        Assert.True(await container.DeleteIfExistsAsync());
        Assert.False(await container.DeleteIfExistsAsync());
    }

    [Fact]
    public async Task Upload_ThenDownload_RoundTripsBytesContentTypeAndMetadata()
    {
        var container = await BlobTestContainer.CreateAsync("roundtrip");
        var bytes = new byte[] { 0, 1, 2, 255, 254, 10, 13 };
        var name = "runs/ü dir/artifact #1.bin";

        var info = await container.UploadAsync(name, new BinaryData(bytes), new BlobUploadOptions
        {
            ContentType = "application/x-jobforge",
            Metadata = new Dictionary<string, string> { ["tenant"] = "acme", ["run_id"] = "r-42" },
        });
        var download = await container.DownloadContentIfExistsAsync(name);

        Assert.NotNull(download);
        Assert.Equal(bytes, download.Content.ToArray());
        Assert.Equal("application/x-jobforge", download.Properties.ContentType);
        Assert.Equal("acme", download.Properties.Metadata["tenant"]);
        Assert.Equal("r-42", download.Properties.Metadata["RUN_ID"]);
        Assert.Equal(bytes.Length, download.Properties.ContentLength);
        Assert.Equal(info.ETag, download.Properties.ETag);
        Assert.Equal(info.LastModified, download.Properties.LastModified);
    }

    [Fact]
    public async Task Upload_OneMegabyte_RoundTripsWithProperties()
    {
        var container = await BlobTestContainer.CreateAsync("big");
        var bytes = new byte[1024 * 1024];
        new Random(42).NextBytes(bytes);

        await container.UploadAsync("big.bin", new BinaryData(bytes), new BlobUploadOptions { ComputeContentMd5 = true });
        var properties = await container.GetPropertiesIfExistsAsync("big.bin");
        var download = await container.DownloadContentIfExistsAsync("big.bin");

        Assert.Equal(bytes.Length, properties!.ContentLength);
        Assert.Equal(MD5.HashData(bytes), properties.ContentMd5);
        Assert.True(bytes.AsSpan().SequenceEqual(download!.Content.ToMemory().Span));
    }

    [Fact]
    public async Task Upload_CreateOnlyTwice_SecondFailsWith409AndKeepsFirstContent()
    {
        var container = await BlobTestContainer.CreateAsync("createonly");
        var createOnly = new BlobUploadOptions { IfNoneMatchAll = true };
        await container.UploadAsync("a.txt", BinaryData.FromString("first"), createOnly);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => container.UploadAsync("a.txt", BinaryData.FromString("second"), createOnly));

        Assert.Equal(409, failure.Status);
        Assert.True(failure.ErrorCode == BlobErrorCode.BlobAlreadyExists, failure.ErrorCode);
        Assert.Equal("first", (await container.DownloadContentIfExistsAsync("a.txt"))!.Content.ToString());
    }

    [Fact]
    public async Task Upload_WithStaleIfMatch_FailsWith412AndCurrentIfMatchSucceeds()
    {
        var container = await BlobTestContainer.CreateAsync("ifmatch");
        var first = await container.UploadAsync("doc.json", BinaryData.FromString("v1"));
        var second = await container.UploadAsync("doc.json", BinaryData.FromString("v2"), new BlobUploadOptions { IfMatch = first.ETag });

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => container.UploadAsync("doc.json", BinaryData.FromString("v3"), new BlobUploadOptions { IfMatch = first.ETag }));

        Assert.Equal(412, failure.Status);
        Assert.True(failure.ErrorCode == BlobErrorCode.ConditionNotMet, failure.ErrorCode);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("v2", (await container.DownloadContentIfExistsAsync("doc.json"))!.Content.ToString());
    }

    [Fact]
    public async Task Upload_WithComputedMd5AndSha256_ReturnsAndStoresHashesOfTheContent()
    {
        var container = await BlobTestContainer.CreateAsync("md5");
        var content = BinaryData.FromString("hash me");

        var info = await container.UploadAsync("h.txt", content, new BlobUploadOptions { ComputeContentMd5 = true, ComputeSha256 = true });
        var properties = await container.GetPropertiesIfExistsAsync("h.txt");

        Assert.Equal(MD5.HashData(content.ToArray()), info.ContentMd5);
        Assert.Equal(MD5.HashData(content.ToArray()), properties!.ContentMd5);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.ToArray()));
        Assert.Equal(sha, info.Sha256);
        Assert.Equal(sha, properties.Metadata[BlobUploadOptions.Sha256MetadataName]);
    }

    [Fact]
    public async Task Upload_WithWrongContentMd5_IsRejectedWith400AndWritesNothing()
    {
        var container = await BlobTestContainer.CreateAsync("badmd5");

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => container.UploadAsync(
            "x.txt", BinaryData.FromString("real content"), new BlobUploadOptions { ContentMd5 = MD5.HashData("other"u8) }));

        Assert.Equal(400, failure.Status);
        Assert.True(failure.ErrorCode == BlobErrorCode.Md5Mismatch, failure.ErrorCode);
        Assert.Null(await container.GetPropertiesIfExistsAsync("x.txt"));
    }

    [Fact]
    public async Task GetAndDownload_OfMissingBlob_ReturnNull()
    {
        var container = await BlobTestContainer.CreateAsync("missing");

        Assert.Null(await container.GetPropertiesIfExistsAsync("nope.txt"));
        Assert.Null(await container.DownloadContentIfExistsAsync("nope.txt"));
    }

    [Fact]
    public async Task DeleteIfExists_ThenGet_IsNullAndSecondDeleteIsFalse()
    {
        var container = await BlobTestContainer.CreateAsync("delete");
        await container.UploadAsync("d.txt", BinaryData.FromString("x"));

        Assert.True(await container.DeleteIfExistsAsync("d.txt"));
        Assert.Null(await container.DownloadContentIfExistsAsync("d.txt"));
        Assert.False(await container.DeleteIfExistsAsync("d.txt"));
    }

    [Fact]
    public async Task DeleteIfExists_WithStaleETag_FailsWith412AndKeepsTheBlob()
    {
        var container = await BlobTestContainer.CreateAsync("deleteetag");
        var first = await container.UploadAsync("d.txt", BinaryData.FromString("1"));
        await container.UploadAsync("d.txt", BinaryData.FromString("2"));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => container.DeleteIfExistsAsync("d.txt", first.ETag));

        Assert.Equal(412, failure.Status);
        Assert.NotNull(await container.GetPropertiesIfExistsAsync("d.txt"));
    }
}
