using JobForge.Domain.Artifacts;
using JobForge.Storage.Artifacts;

namespace JobForge.Storage.Tests.Artifacts;

public sealed class InMemoryArtifactStoreConformanceTests : ArtifactStoreConformanceTests
{
    protected override Task<IArtifactStore> CreateStoreAsync() => Task.FromResult<IArtifactStore>(new InMemoryArtifactStore());
}
