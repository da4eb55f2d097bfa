using JobForge.Domain.Policy;
using JobForge.Storage.Policy;

namespace JobForge.Storage.Tests.Policy;

public sealed class InMemoryPolicyTokenRevocationsTests : PolicyTokenRevocationsConformanceTests
{
    protected override Task<IPolicyTokenRevocations> CreateAsync() => Task.FromResult<IPolicyTokenRevocations>(new InMemoryPolicyTokenRevocations());
}
