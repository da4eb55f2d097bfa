using JobForge.Domain.Templates;
using JobForge.Storage.Templates;

namespace JobForge.Storage.Tests.Templates;

public sealed class InMemoryTemplateStoreTests : TemplateStoreConformanceTests
{
    protected override Task<ITemplateStore> CreateStoreAsync() => Task.FromResult<ITemplateStore>(new InMemoryTemplateStore());
}
