namespace JobForge.Application.Jobs;

/// <summary>
/// How the run streams (<c>GET /api/v1/jobs/{run_id}/stream</c>, <c>GET /api/v1/jobs/stream</c>) watch the run store
/// (section <c>JobForge:Streams</c>). Each open run stream costs one point read per <see cref="PollInterval"/>; each
/// tenant stream one paged query over the tenant's runs (200 a page) per <see cref="TenantPollInterval"/>.
/// </summary>
public sealed class RunStreamOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Streams";

    /// <summary>How often a run stream re-reads its run (0.05 s – 60 s; default 1 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a tenant stream re-lists the tenant's runs (0.05 s – 300 s; default 2 s).</summary>
    public TimeSpan TenantPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest silence before a heartbeat comment line (1 s – 120 s; default 15 s), so proxies keep the connection open.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
