namespace JobForge.Domain.RateLimits;

/// <summary>Admits or refuses requests per tenant (and optionally per actor), holding across several servers.</summary>
public interface IRateLimiter
{
    /// <summary>Takes one permit for <paramref name="tenantId"/> (and <paramref name="actorId"/> when per-actor limits are on).</summary>
    ValueTask<RateLimitDecision> AcquireAsync(string tenantId, string? actorId, CancellationToken cancellationToken = default);
}
