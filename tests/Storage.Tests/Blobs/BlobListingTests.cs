using JobForge.Storage.Blobs;

namespace JobForge.Storage.Tests.Blobs;

public sealed class BlobListingTests
{
    [Fact]
    public async Task GetBlobs_ByPrefixWithPageSize5_ReturnsEachPrefixedBlobOnceAcrossPages()
    {
        var container = await BlobTestContainer.CreateAsync("list");
        var wanted = Enumerable.Range(0, 13).Select(i => $"runs/r{i:00}.json").ToArray();
        var others = Enumerable.Range(0, 10).Select(i => $"logs/l{i:00}.txt").ToArray();
        await Task.WhenAll(wanted.Concat(others).Select(name => container.UploadAsync(
            name, BinaryData.FromString(name), new BlobUploadOptions { ContentType = "text/plain", Metadata = new Dictionary<string, string> { ["n"] = "1" } })));

        var names = new List<string>();
        var pages = 0;
        await foreach (var page in container.GetBlobsAsync("runs/", pageSizeHint: 5, includeMetadata: true).AsPages())
        {
            pages++;
            Assert.True(page.Values.Count <= 5);
            foreach (var item in page.Values)
            {
                names.Add(item.Name);
                Assert.Equal(item.Name.Length, item.Properties.ContentLength);
                Assert.Equal("text/plain", item.Properties.ContentType);
                Assert.Equal("1", item.Properties.Metadata["n"]);
                Assert.NotNull(item.Properties.ContentMd5);
                Assert.NotEqual(default, item.Properties.ETag);
                Assert.NotEqual(default, item.Properties.LastModified);
            }
        }

        Assert.Equal(3, pages);
        Assert.Equal(wanted, names);
    }

    [Fact]
    public async Task GetBlobsPage_FollowingContinuationTokens_ReturnsAllBlobsThenNullToken()
    {
        var container = await BlobTestContainer.CreateAsync("pages");
        await Task.WhenAll(Enumerable.Range(0, 7).Select(i => container.UploadAsync($"b{i}", BinaryData.FromString("x"))));

        var first = await container.GetBlobsPageAsync(pageSizeHint: 4);
        var second = await container.GetBlobsPageAsync(continuationToken: first.ContinuationToken, pageSizeHint: 4);

        Assert.Equal(["b0", "b1", "b2", "b3"], first.Values.Select(b => b.Name));
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(["b4", "b5", "b6"], second.Values.Select(b => b.Name));
        Assert.Null(second.ContinuationToken);
        Assert.Empty(second.Values.SelectMany(b => b.Properties.Metadata));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public async Task GetBlobs_WithPageSizeOutOfRange_Throws(int pageSize)
    {
        var container = (await BlobTestContainer.ServiceAsync()).GetContainerClient("unused");

        Assert.Throws<ArgumentOutOfRangeException>(() => container.GetBlobsAsync(pageSizeHint: pageSize));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => container.GetBlobsPageAsync(pageSizeHint: pageSize));
    }
}
