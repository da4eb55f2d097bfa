using System.Collections.Concurrent;
using Azure.Core;

namespace JobForge.Storage.Tests.ServiceBus;

/// <summary>An Entra ID credential that hands out one fixed token and records the scopes it was asked for.</summary>
internal sealed class FakeTokenCredential(string token) : TokenCredential
{
    private readonly ConcurrentQueue<string[]> _requestedScopes = new();

    public IReadOnlyList<string[]> RequestedScopes => [.. _requestedScopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        _requestedScopes.Enqueue(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
