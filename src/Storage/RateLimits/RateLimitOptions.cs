namespace JobForge.Storage.RateLimits;

/// <summary>
/// Rate limits, bound from <c>JobForge:RateLimits</c> (enforced only while <c>JOBFORGE_RATE_LIMITING_ENABLED</c> is on).
/// Fixed one-minute windows aligned to the minute, counted per tenant — or, with <see cref="PerActor"/>, per tenant
/// and actor — and shared between servers through a table row per key and window.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:RateLimits";

    /// <summary>The default <see cref="TableName"/>.</summary>
    public const string DefaultTableName = "jobforgeratelimits";

    /// <summary>Requests per minute per tenant unless overridden. Default 100.</summary>
    public int DefaultPerMinute { get; set; } = 100;

    /// <summary>
    /// Count per (tenant, actor) instead of per tenant: each actor gets its own limit; requests without an actor count
    /// against the tenant. Default off.
    /// </summary>
    public bool PerActor { get; set; }

    /// <summary>In per-actor mode, requests per minute per actor; unset means the tenant's limit.</summary>
    public int? PerActorPerMinute { get; set; }

    /// <summary>Per-tenant overrides, keyed by tenant id.</summary>
    public Dictionary<string, TenantRateLimitOptions> Tenants { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How often an active key's count is synchronised with the other servers in the background. Default 250 ms.
    /// Near the limit every admission synchronises first, whatever this says.
    /// </summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The table holding the shared counts (created on first use). Default <c>jobforgeratelimits</c>.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>This server's id in the shared rows (<c>srv_{InstanceId}</c>); letters and digits. Unset: a new id per process.</summary>
    public string? InstanceId { get; set; }

    /// <summary>The limit for <paramref name="tenantId"/> and, in per-actor mode, <paramref name="actorId"/>.</summary>
    public int LimitFor(string tenantId, string? actorId)
    {
        Tenants.TryGetValue(tenantId, out var tenant);
        var tenantLimit = tenant?.PerMinute ?? DefaultPerMinute;
        return PerActor && actorId is not null
            ? tenant?.PerActorPerMinute ?? PerActorPerMinute ?? tenantLimit
            : tenantLimit;
    }
}
