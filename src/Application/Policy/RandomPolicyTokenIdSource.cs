using JobForge.Domain.Policy;

namespace JobForge.Application.Policy;

/// <summary>Token ids as random (version 4) UUIDs: unguessable, so a jti says nothing about other tokens.</summary>
public sealed class RandomPolicyTokenIdSource : IPolicyTokenIdSource
{
    /// <inheritdoc />
    public string NewTokenId() => Guid.NewGuid().ToString("D");
}
