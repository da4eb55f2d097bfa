using JobForge.Domain.RateLimits;

namespace JobForge.Server.Tests.RateLimits;

/// <summary>An <see cref="IRateLimiter"/> that answers with a fixed decision and counts calls.</summary>
internal sealed class ScriptedRateLimiter(RateLimitDecision decision) : IRateLimiter
{
    public int Calls { get; private set; }

    public (string Tenant, string? Actor)? Last { get; private set; }

    public ValueTask<RateLimitDecision> AcquireAsync(string tenantId, string? actorId, CancellationToken cancellationToken = default)
    {
        Calls++;
        Last = (tenantId, actorId);
        return ValueTask.FromResult(decision);
    }
}
