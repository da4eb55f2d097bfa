namespace JobForge.Application.Runs;

/// <summary>The run engine's settings, bound from <c>JobForge:Engine</c> and validated at start-up.</summary>
public sealed class RunEngineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Engine";

    /// <summary>Whether this server executes runs (<c>JobForge:Engine:Enabled</c>, default true). Off: runs are only accepted.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many runs this server executes at once (<c>JobForge:Engine:MaxConcurrency</c>, 1–1024, default 64).</summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>
    /// How many of one tenant's runs this server executes at once (<c>JobForge:Engine:MaxConcurrencyPerTenant</c>,
    /// 0–<see cref="MaxConcurrency"/>; default 0: half of <see cref="MaxConcurrency"/>), so one tenant whose steps hang
    /// leaves workers for the others.
    /// </summary>
    public int MaxConcurrencyPerTenant { get; set; }

    /// <summary>The per-tenant cap in force: <see cref="MaxConcurrencyPerTenant"/>, or half of <see cref="MaxConcurrency"/> (at least 1) when 0.</summary>
    public int EffectiveMaxConcurrencyPerTenant => MaxConcurrencyPerTenant > 0 ? MaxConcurrencyPerTenant : Math.Max(1, MaxConcurrency / 2);

    /// <summary>
    /// How long a run's lease lasts unless renewed (<c>JobForge:Engine:LeaseDuration</c>, 3 s–5 min, default 8 s): the
    /// holder renews every third of it while a step runs, and after a crash the run resumes elsewhere about one lease
    /// after the last renewal. Longer rides out slower storage; shorter resumes sooner.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How often the work index is scanned for runs to take over or wake (<c>JobForge:Engine:RecoveryInterval</c>, default 5 s).</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timers at most this far ahead are waited for in memory, holding the lease (<c>JobForge:Engine:InMemoryTimerHorizon</c>, default 10 s); later ones park the run.</summary>
    public TimeSpan InMemoryTimerHorizon { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a whole run may take (<c>JobForge:Engine:RunTimeout</c>, default 1 h).</summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an approval may take (<c>JobForge:Engine:ApprovalTimeout</c>, default 24 h).</summary>
    public TimeSpan ApprovalTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Deliveries of one attempt before the step is quarantined as poison (<c>JobForge:Engine:MaxDeliveries</c>, default 5).</summary>
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>
    /// Durable host only: how long past an attempt's timeout its outcome may be missing (counted from when the
    /// orchestration scheduled it) before the recovery scan hands the attempt out again (<c>JobForge:Engine:AttemptGrace</c>,
    /// default 5 min, the Azure Storage backend's own redelivery time for a dead worker's messages).
    /// </summary>
    public TimeSpan AttemptGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether a run's requester may approve it (<c>JobForge:Engine:AllowSelfApproval</c>, default false).</summary>
    public bool AllowSelfApproval { get; set; }

    /// <summary>
    /// How long lifecycle events wait to be stored together with others (<c>JobForge:Engine:LifecycleEventLinger</c>, 0–5 s,
    /// default 100 ms): the events of many runs then share one batch. 0: each event is stored at once.
    /// </summary>
    public TimeSpan LifecycleEventLinger { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long a finished run's work entry waits to be removed together with others (<c>JobForge:Engine:WorkRemovalLinger</c>,
    /// 0–5 s, default 500 ms). A crash meanwhile only leaves the entry for the recovery scan, which removes it. 0: at once.
    /// </summary>
    public TimeSpan WorkRemovalLinger { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>This server's worker id in leases (<c>JobForge:Engine:WorkerId</c>); default: host name, process id and a random suffix.</summary>
    public string? WorkerId { get; set; }
}
