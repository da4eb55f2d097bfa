using JobForge.Domain.Auth;
using JobForge.Storage.Auth;

namespace JobForge.Storage.Tests.Auth;

public sealed class InMemoryApiKeyStoreTests : ApiKeyStoreConformanceTests
{
    protected override Task<IApiKeyStore> CreateStoreAsync() => Task.FromResult<IApiKeyStore>(new InMemoryApiKeyStore());
}
