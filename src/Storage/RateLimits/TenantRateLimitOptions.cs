namespace JobForge.Storage.RateLimits;

/// <summary>One tenant's override (<c>JobForge:RateLimits:Tenants:{tenantId}</c>).</summary>
public sealed class TenantRateLimitOptions
{
    /// <summary>The tenant's requests per minute (and, in per-actor mode, each of its actors' unless <see cref="PerActorPerMinute"/> is set).</summary>
    public int? PerMinute { get; set; }

    /// <summary>In per-actor mode, each actor of this tenant's requests per minute.</summary>
    public int? PerActorPerMinute { get; set; }
}
