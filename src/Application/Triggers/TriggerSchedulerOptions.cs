namespace JobForge.Application.Triggers;

/// <summary>The trigger scheduler, bound from <c>JobForge:Triggers:Scheduler</c>.</summary>
public sealed class TriggerSchedulerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Triggers:Scheduler";

    /// <summary>Whether this server runs the scheduler loop (<c>…:Enabled</c>; default true — it only fires while <c>JOBFORGE_TRIGGERS_ENABLED</c> is on).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The blob container of the leader lease (<c>…:LeaseContainer</c>; default <c>jobforge-leases</c>).</summary>
    public string LeaseContainer { get; set; } = "jobforge-leases";

    /// <summary>The leased blob (<c>…:LeaseBlob</c>; default <c>trigger-scheduler</c>).</summary>
    public string LeaseBlob { get; set; } = "trigger-scheduler";

    /// <summary>The lease duration, 15–20 s (<c>…:LeaseDuration</c>; default 15 s).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the leader renews (<c>…:RenewInterval</c>; default 5 s).</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a standby tries to take the lease (<c>…:AcquireInterval</c>; default 5 s).</summary>
    public TimeSpan AcquireInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often a leader whose renew failed because storage could not answer asks for its own lease again, index kept
    /// (<c>…:LeaseRetryInterval</c>; default 1 s): it fires again within about this long of storage answering.
    /// </summary>
    public TimeSpan LeaseRetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the change feed is read (<c>…:ChangePollInterval</c>; default 10 s).</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How far back each change-feed read overlaps, for clock skew between servers (<c>…:ChangeFeedOverlap</c>; default 30 s).</summary>
    public TimeSpan ChangeFeedOverlap { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Slots at most this late are on time and each fires; older missed ones follow the misfire policy (<c>…:MisfireGrace</c>; default 60 s).</summary>
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Fires in flight at once (<c>…:MaxConcurrentFires</c>; default 64).</summary>
    public int MaxConcurrentFires { get; set; } = 64;

    /// <summary>
    /// Write a trigger's checkpoint after every slot instead of once per batch of slots handled in a tick
    /// (<c>…:CheckpointEachSlot</c>; default off — the behaviour before batching, kept for the catch-up benchmark).
    /// </summary>
    public bool CheckpointEachSlot { get; set; }

    /// <summary>The longest the loop sleeps between ticks (<c>…:MaxIdleDelay</c>; default 5 s).</summary>
    public TimeSpan MaxIdleDelay { get; set; } = TimeSpan.FromSeconds(5);
}
