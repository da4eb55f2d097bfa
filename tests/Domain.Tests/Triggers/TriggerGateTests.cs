using JobForge.Domain.RateLimits;
using JobForge.Domain.Triggers;
using static JobForge.Domain.Tests.Triggers.TriggerTestData;

namespace JobForge.Domain.Tests.Triggers;

public sealed class TriggerGateTests
{
    private static TriggerGateInput Input(Trigger? trigger = null, TriggerCounterState? counters = null, DateTimeOffset? at = null) => new()
    {
        Trigger = trigger ?? CronTrigger(),
        At = at ?? T0,
        TriggersEnabled = true,
        Counters = counters ?? TriggerCounterState.Empty,
    };

    private static RateLimitDecision Denied => new(false, 10, 0, T0.AddSeconds(30), TimeSpan.FromSeconds(30));

    [Fact]
    public void Evaluate_EverythingFailing_TheGlobalSwitchDecidesFirst()
    {
        var input = Input(CronTrigger() with { Enabled = false }, new TriggerCounterState(T0, TriggerCounterState.HourOf(T0), 1000, "v")) with
        {
            TriggersEnabled = false, TenantRateLimit = Denied, AlreadyHandled = true,
        };

        Assert.Equal("blocked", TriggerGate.Evaluate(input).Code);
        Assert.Equal("disabled", TriggerGate.Evaluate(input with { TriggersEnabled = true }).Code);
    }

    [Fact]
    public void Evaluate_InGateOrder_EachCheckDecidesWhenTheEarlierOnesPass()
    {
        var busy = new TriggerCounterState(T0.AddSeconds(-10), TriggerCounterState.HourOf(T0), 100, "v");
        var full = busy with { LastFiredAt = T0.AddMinutes(-5) };
        var ok = busy with { LastFiredAt = T0.AddMinutes(-5), CountInHour = 1 };
        var evt = Input(Event() with { Safety = new TriggerSafety { AllowedEventTypes = ["app.*"] } }, ok) with { EventType = "infrastructure.vm.down" };

        Assert.Equal("cooldown", TriggerGate.Evaluate(Input(counters: busy) with { TenantRateLimit = Denied }).Code);
        Assert.Equal("rate_limited", TriggerGate.Evaluate(Input(counters: full) with { TenantRateLimit = Denied }).Code);
        Assert.Equal("rate_limited", TriggerGate.Evaluate(Input(counters: ok) with { TenantRateLimit = Denied }).Code);
        Assert.Equal("not_allowed", TriggerGate.Evaluate(evt with { AlreadyHandled = true }).Code);
        Assert.Equal("duplicate", TriggerGate.Evaluate(Input(counters: ok) with { AlreadyHandled = true }).Code);
        Assert.Equal("fire", TriggerGate.Evaluate(Input(counters: ok)).Code);
        Assert.Equal("dry_run", TriggerGate.Evaluate(Input(CronTrigger() with { DryRun = true }, ok)).Code);
    }

    [Theory]
    [InlineData(59, "cooldown")]
    [InlineData(60, "fire")]
    [InlineData(61, "fire")]
    public void Evaluate_AtTheCooldownBoundary_FiresExactlyWhenTheCooldownHasElapsed(int secondsSinceLast, string expected)
    {
        var counters = new TriggerCounterState(T0.AddSeconds(-secondsSinceLast), TriggerCounterState.HourOf(T0), 1, "v");

        var decision = TriggerGate.Evaluate(Input(CronTrigger(cooldown: 60), counters));

        Assert.Equal(expected, decision.Code);
        if (expected == "cooldown")
        {
            Assert.Equal(TimeSpan.FromSeconds(60 - secondsSinceLast), decision.RetryAfter);
            Assert.Contains("1 s remaining", decision.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, "fire")]
    [InlineData(1, "fire")]
    [InlineData(3600, "fire")]
    public void Evaluate_NoCooldown_FiresEvenWhenTheLastFireIsStampedLater(int secondsLastFireIsAhead, string expected)
    {
        // Several servers evaluate events of one trigger at once: each stamps its fire with its own clock, so the fire
        // counted last can carry a later instant than the one being decided (the kill runs saw "cooldown of 0 s").
        var counters = new TriggerCounterState(T0.AddSeconds(secondsLastFireIsAhead), TriggerCounterState.HourOf(T0), 1, "v", "trg:other");

        Assert.Equal(expected, TriggerGate.Evaluate(Input(CronTrigger(cooldown: 0), counters) with { FireIdentity = "trg:this" }).Code);
    }

    [Fact]
    public void Evaluate_WithACooldown_AFireStampedBeforeTheLastOneIsInItsCooldown()
    {
        var counters = new TriggerCounterState(T0.AddSeconds(1), TriggerCounterState.HourOf(T0), 1, "v", "trg:other");

        var decision = TriggerGate.Evaluate(Input(CronTrigger(cooldown: 60), counters) with { FireIdentity = "trg:this" });

        Assert.Equal("cooldown", decision.Code);
        Assert.Equal(TimeSpan.FromSeconds(61), decision.RetryAfter);
    }

    [Theory]
    [InlineData(2, "fire")]
    [InlineData(3, "rate_limited")]
    public void Evaluate_AtTheHourlyCap_TheCapthFireIsTheLast(int firedThisHour, string expected)
    {
        var counters = new TriggerCounterState(T0.AddMinutes(-10), TriggerCounterState.HourOf(T0), firedThisHour, "v");

        Assert.Equal(expected, TriggerGate.Evaluate(Input(CronTrigger(cooldown: 0, maxPerHour: 3), counters)).Code);
    }

    [Fact]
    public void Evaluate_CapReachedLastHour_FiresInTheNextHour()
    {
        var counters = new TriggerCounterState(T0.AddMinutes(-1), TriggerCounterState.HourOf(T0.AddMinutes(-1)), 3, "v");

        Assert.Equal("rate_limited", TriggerGate.Evaluate(Input(CronTrigger(cooldown: 0, maxPerHour: 3), counters, T0.AddMinutes(-1).AddSeconds(30))).Code);
        Assert.Equal("fire", TriggerGate.Evaluate(Input(CronTrigger(cooldown: 0, maxPerHour: 3), counters, T0)).Code);
    }

    [Fact]
    public void Evaluate_AFireThatTookItsCountersBefore_ResumesPastCooldownAndCap()
    {
        var identity = FireIdentity.ForSlot("nightly", T0);
        var counters = new TriggerCounterState(T0, TriggerCounterState.HourOf(T0), 100, "v", identity);

        Assert.Equal("fire", TriggerGate.Evaluate(Input(counters: counters) with { FireIdentity = identity }).Code);
        Assert.Equal("cooldown", TriggerGate.Evaluate(Input(counters: counters) with { FireIdentity = FireIdentity.ForSlot("nightly", T0.AddSeconds(1)) }).Code);
    }

    [Fact]
    public void Evaluate_ActionTemplateWithoutAllowActionJobs_IsNotAllowed()
    {
        var decision = TriggerGate.Evaluate(Input() with { TargetIsActionJob = true });

        Assert.Equal("not_allowed", decision.Code);
        Assert.Contains("allow_action_jobs", decision.Reason, StringComparison.Ordinal);
        Assert.Equal("fire", TriggerGate.Evaluate(Input(CronTrigger() with { Safety = new TriggerSafety { AllowActionJobs = true } }) with { TargetIsActionJob = true }).Code);
    }

    [Fact]
    public void Evaluate_TemplateNotOnTheAllowList_IsNotAllowed() =>
        Assert.Equal("not_allowed", TriggerGate.Evaluate(Input(CronTrigger() with { Safety = new TriggerSafety { AllowedTemplates = ["autopilot.other"] } })).Code);
}
