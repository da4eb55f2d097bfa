using JobForge.Domain.Admission;

namespace JobForge.Domain.Tests.Admission;

public sealed class AdmissionPolicyTests
{
    private static readonly AdmissionLimits Limits = new(
        maxQueuedRuns: 100, maxQueuedRunsPerTenant: 10, maxQueueWait: TimeSpan.FromSeconds(5),
        maxWriteWait: TimeSpan.FromSeconds(1), maxPendingWrites: 500, maxRetryAfter: TimeSpan.FromSeconds(30));

    private static AdmissionSignals Signals(
        int tenantQueued = 0, double tenantWaitSeconds = 0, int totalQueued = 0, double writeWaitSeconds = 0, int pendingWrites = 0) =>
        new(new RunBacklog(tenantQueued, TimeSpan.FromSeconds(tenantWaitSeconds), totalQueued),
            new WriteBacklog(pendingWrites, TimeSpan.FromSeconds(writeWaitSeconds)),
            new WriteBacklog(pendingWrites, TimeSpan.FromSeconds(writeWaitSeconds)));

    [Fact]
    public void Decide_NothingWaiting_Admits()
    {
        Assert.Same(AdmissionDecision.Admit, AdmissionPolicy.Decide(Limits, Signals()));
    }

    [Fact]
    public void Decide_JustUnderEveryBound_Admits()
    {
        var decision = AdmissionPolicy.Decide(Limits, Signals(tenantQueued: 9, tenantWaitSeconds: 4.9, totalQueued: 99, writeWaitSeconds: 0.9, pendingWrites: 499));

        Assert.True(decision.Admitted);
    }

    [Theory]
    [InlineData(10, 0, 10, AdmissionRefusal.TenantBacklog)]
    [InlineData(1, 5, 1, AdmissionRefusal.TenantBacklog)]
    [InlineData(0, 0, 100, AdmissionRefusal.RunBacklog)]
    public void Decide_RunBacklogAtABound_RefusesWithItsReason(int tenantQueued, double tenantWaitSeconds, int totalQueued, string reason)
    {
        var decision = AdmissionPolicy.Decide(Limits, Signals(tenantQueued, tenantWaitSeconds, totalQueued));

        Assert.False(decision.Admitted);
        Assert.Equal(reason, decision.Reason);
    }

    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(0, 500)]
    public void Decide_WriteQueueAtABound_RefusesAsWriteBacklog(double writeWaitSeconds, int pendingWrites)
    {
        var decision = AdmissionPolicy.Decide(Limits, Signals(writeWaitSeconds: writeWaitSeconds, pendingWrites: pendingWrites));

        Assert.Equal(AdmissionRefusal.WriteBacklog, decision.Reason);
    }

    [Fact]
    public void Decide_AFloodingTenantBesideAQuietOne_RefusesOnlyTheFlooder()
    {
        var flooder = AdmissionPolicy.Decide(Limits, Signals(tenantQueued: 10, tenantWaitSeconds: 2, totalQueued: 60));
        var quiet = AdmissionPolicy.Decide(Limits, Signals(tenantQueued: 0, totalQueued: 60));

        Assert.Equal(AdmissionRefusal.TenantBacklog, flooder.Reason);
        Assert.True(quiet.Admitted);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6.2, 7)]
    [InlineData(400, 30)]
    public void Decide_Refused_RetryAfterIsTheObservedWaitInWholeSecondsWithinOneToMax(double waitSeconds, int expectedSeconds)
    {
        var decision = AdmissionPolicy.Decide(Limits, Signals(tenantQueued: 10, tenantWaitSeconds: waitSeconds));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), decision.RetryAfter);
    }

    [Theory]
    [InlineData(1.9, null, 0)]
    [InlineData(2.0, AdmissionRefusal.StorageLatency, 2)]
    [InlineData(12.3, AdmissionRefusal.StorageLatency, 13)]
    [InlineData(600, AdmissionRefusal.StorageLatency, 30)]
    public void Decide_StorageLatencyAtItsBound_RefusesAsStorageLatencyWithTheLatencyAsRetryAfter(double latencySeconds, string? reason, int retryAfterSeconds)
    {
        var limits = new AdmissionLimits(100, 10, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), 500, TimeSpan.FromSeconds(30), maxStorageLatency: TimeSpan.FromSeconds(2));

        var decision = AdmissionPolicy.Decide(limits, Signals() with { StorageLatency = TimeSpan.FromSeconds(latencySeconds) });

        Assert.Equal(reason, decision.Reason);
        Assert.Equal(reason is null, decision.Admitted);
        if (reason is not null)
        {
            Assert.Equal(TimeSpan.FromSeconds(retryAfterSeconds), decision.RetryAfter);
        }
    }

    [Fact]
    public void Decide_WithoutAStorageLatencyBound_NeverLooksAtIt()
    {
        Assert.True(AdmissionPolicy.Decide(Limits, Signals() with { StorageLatency = TimeSpan.FromHours(1) }).Admitted);
    }

    [Fact]
    public void Decide_ATenantBacklogAndSlowStorage_TheTenantsOwnBacklogDecides()
    {
        var limits = new AdmissionLimits(100, 10, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), 500, TimeSpan.FromSeconds(30), maxStorageLatency: TimeSpan.FromSeconds(2));

        var decision = AdmissionPolicy.Decide(limits, Signals(tenantQueued: 10) with { StorageLatency = TimeSpan.FromSeconds(3) });

        Assert.Equal(AdmissionRefusal.TenantBacklog, decision.Reason);
    }

    [Fact]
    public void Limits_ANonPositiveStorageLatencyBound_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdmissionLimits(10, 1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1, TimeSpan.FromSeconds(1), TimeSpan.Zero));
    }

    [Fact]
    public void Limits_PerTenantBoundAboveTheTotal_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdmissionLimits(10, 11, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1, TimeSpan.FromSeconds(1)));
    }
}
