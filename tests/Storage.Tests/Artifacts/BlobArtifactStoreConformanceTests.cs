using JobForge.Domain.Artifacts;
using JobForge.Storage.Artifacts;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Artifacts;

/// <summary>The contract against Azurite, each test with its own (not yet created) container and two-blob list pages.</summary>
public sealed class BlobArtifactStoreConformanceTests : ArtifactStoreConformanceTests
{
    protected override async Task<IArtifactStore> CreateStoreAsync() =>
        new BlobArtifactStore((await AzuriteInstance.Shared).BlobService(maxRetries: 0).GetBlobContainerClient(UniqueNames.Next("artifacts")), pageSize: 2);
}
