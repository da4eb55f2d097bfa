using JobForge.Domain.Runs;
using JobForge.Domain.Triggers;
using static JobForge.Domain.Tests.Triggers.TriggerTestData;

namespace JobForge.Domain.Tests.Triggers;

public sealed class FireIdentityTests
{
    [Fact]
    public void ForSlot_IsTheTriggerAndTheUtcInstant() =>
        Assert.Equal("trg:nightly:2026-03-01T10:00:00Z", FireIdentity.ForSlot("nightly", T0.ToOffset(TimeSpan.FromHours(2))));

    [Fact]
    public void ForEvent_LongEventIds_StayAValidIdempotencyKey()
    {
        var id = new string('e', 255);
        var key = FireIdentity.ForEvent(new string('t', TriggerRequestParser.MaxIdLength), id);

        Assert.True(key.Length <= JobRequestParser.MaxIdempotencyKeyLength);
        Assert.True(JobForge.Domain.Events.StorageSafeId.IsValid(key, JobRequestParser.MaxIdempotencyKeyLength));
        Assert.Equal(key, FireIdentity.ForEvent(new string('t', TriggerRequestParser.MaxIdLength), id));
        Assert.Equal("trg:a:evt:e-1", FireIdentity.ForEvent("a", "e-1"));
    }
}
