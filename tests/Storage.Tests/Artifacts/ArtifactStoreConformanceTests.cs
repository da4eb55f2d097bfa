using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Artifacts;

namespace JobForge.Storage.Tests.Artifacts;

/// <summary>The contract of <see cref="IArtifactStore"/>, run against every implementation.</summary>
public abstract class ArtifactStoreConformanceTests : IAsyncLifetime
{
    protected const string RunA = "run_0192f0c1a2b37c4d8e9f0a1b2c3d4e5f";
    protected const string RunB = "run_0192f0c1a2b37c4d8e9f0a1b2c3d4e60";

    private IArtifactStore? _store;

    protected IArtifactStore Store => _store ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>A store whose listing pages hold at most 2 artifacts (so listing follows continuation).</summary>
    protected abstract Task<IArtifactStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Put_ThenGet_RoundTripsBytesTypeRefSizeAndChecksum()
    {
        var info = await Store.PutAsync("tenant-a", RunA, "lint.log", "text/plain", Bytes("hello"));
        var read = await Store.GetAsync("tenant-a", RunA, "lint.log");

        var expected = new ArtifactInfo("lint.log", "file", $"tenant-a/{RunA}/lint.log", 5, "sha256:" + Convert.ToHexStringLower(SHA256.HashData("hello"u8)), "text/plain");
        Assert.Equal(expected, info);
        Assert.NotNull(read);
        Assert.Equal(expected, read.Info);
        Assert.Equal("hello", Encoding.UTF8.GetString(read.Content.Span));
    }

    [Fact]
    public async Task Get_AnotherTenantsRunId_IsNull()
    {
        await Store.PutAsync("tenant-a", RunA, "inputs.json", "application/json", Bytes("{}"));

        Assert.Null(await Store.GetAsync("tenant-b", RunA, "inputs.json"));
        Assert.Empty(await Store.ListAsync("tenant-b", RunA));
        Assert.Single(await Store.ListAsync("tenant-a", RunA));
    }

    [Fact]
    public async Task List_MoreArtifactsThanAPage_ReturnsAllInNameOrderWithTypes()
    {
        foreach (var name in new[] { "step-b.outputs.json", "inputs.json", "a.txt", "run.log.ndjson", "manifest.json" })
        {
            await Store.PutAsync("tenant-a", RunA, name, "application/json", Bytes(name));
        }

        await Store.PutAsync("tenant-a", RunB, "other.txt", "text/plain", Bytes("x"));

        var list = await Store.ListAsync("tenant-a", RunA);

        Assert.Equal(["a.txt", "inputs.json", "manifest.json", "run.log.ndjson", "step-b.outputs.json"], list.Select(a => a.Name));
        Assert.Equal(["file", "inputs", "manifest", "log", "step_outputs"], list.Select(a => a.Type));
        Assert.All(list, a => Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a.Name))), a.Checksum));
    }

    [Fact]
    public async Task Put_SameBytesAgain_IsIdempotentButOtherBytesConflict()
    {
        var first = await Store.PutAsync("tenant-a", RunA, "step-a.outputs.json", "application/json", Bytes("{\"a\":1}"));

        Assert.Equal(first, await Store.PutAsync("tenant-a", RunA, "step-a.outputs.json", "application/json", Bytes("{\"a\":1}")));
        await Assert.ThrowsAsync<ArtifactConflictException>(() =>
            Store.PutAsync("tenant-a", RunA, "step-a.outputs.json", "application/json", Bytes("{\"a\":2}")));
    }

    [Fact]
    public async Task Put_ManifestAgain_ReplacesIt()
    {
        await Store.PutAsync("tenant-a", RunA, "manifest.json", "application/json", Bytes("{\"status\":\"pending\"}"));
        await Store.PutAsync("tenant-a", RunA, "manifest.json", "application/json", Bytes("{\"status\":\"complete\"}"));

        var read = await Store.GetAsync("tenant-a", RunA, "manifest.json");

        Assert.Equal("{\"status\":\"complete\"}", Encoding.UTF8.GetString(read!.Content.Span));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("%2e%2e")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("x\n")]
    public async Task HostileNames_AreRefusedOnPutAndAbsentOnGet(string name)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.PutAsync("tenant-a", RunA, name, "text/plain", Bytes("x")));
        Assert.Null(await Store.GetAsync("tenant-a", RunA, name));
    }

    [Fact]
    public async Task HostileIds_AreRefusedOnPutAndEmptyOnRead()
    {
        var longName = new string('a', ArtifactName.MaxLength + 1);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.PutAsync("tenant-a", RunA, longName, "text/plain", Bytes("x")));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.PutAsync("tenant/a", RunA, "a.txt", "text/plain", Bytes("x")));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.PutAsync("tenant-a", "run_../x", "a.txt", "text/plain", Bytes("x")));
        Assert.Null(await Store.GetAsync("tenant-a/" + RunA, RunA, "a.txt"));
        Assert.Empty(await Store.ListAsync("tenant-a", "not-a-run"));
    }

    [Fact]
    public async Task ReadsOfAnEmptyStore_AreNullAndEmpty()
    {
        Assert.Null(await Store.GetAsync("tenant-z", RunA, "manifest.json"));
        Assert.Empty(await Store.ListAsync("tenant-z", RunA));
    }
}
