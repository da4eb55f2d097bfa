using JobForge.Domain.Triggers;
using static JobForge.Domain.Tests.Triggers.TriggerTestData;

namespace JobForge.Domain.Tests.Triggers;

public sealed class EventTriggerMatcherTests
{
    [Theory]
    [InlineData("infrastructure.vm.down", true)]
    [InlineData("infrastructure.*", true)]
    [InlineData("*", true)]
    [InlineData("infrastructure.vm", false)]
    [InlineData("app.*", false)]
    public void Matches_TypeFilter_ExactOrTrailingWildcard(string filter, bool expected) =>
        Assert.Equal(expected, EventTriggerMatcher.Matches(Event(filter), Evt()));

    [Theory]
    [InlineData("high", true)]
    [InlineData("warning", true)]
    [InlineData("critical", false)]
    public void Matches_SeverityThreshold_ComparesRanks(string threshold, bool expected) =>
        Assert.Equal(expected, EventTriggerMatcher.Matches(Event() with { SeverityThreshold = threshold }, Evt()));

    [Theory]
    [InlineData("""{"severity":"error"}""", "critical", true)]
    [InlineData("""{"severity":"bogus"}""", "low", false)]
    [InlineData("""{}""", "low", false)]
    [InlineData("""{"severity":3}""", "low", false)]
    public void Matches_MissingOrUnknownSeverity_NeverMatches(string payload, string threshold, bool expected) =>
        Assert.Equal(expected, EventTriggerMatcher.Matches(Event() with { SeverityThreshold = threshold }, Evt(payload: payload)));

    [Theory]
    [InlineData("p1", true)]
    [InlineData("p2", true)]
    [InlineData("p0", false)]
    public void Matches_PriorityThreshold_P0IsHighest(string threshold, bool expected) =>
        Assert.Equal(expected, EventTriggerMatcher.Matches(Event() with { PriorityThreshold = threshold }, Evt()));

    [Fact]
    public void Matches_SourceFilters_MustBeEqual()
    {
        Assert.True(EventTriggerMatcher.Matches(Event() with { EventSourceFilter = "monitor", SourceModule = "vm" }, Evt()));
        Assert.False(EventTriggerMatcher.Matches(Event() with { EventSourceFilter = "other" }, Evt()));
        Assert.False(EventTriggerMatcher.Matches(Event() with { SourceModule = "vm" }, Evt(module: null)));
    }

    [Fact]
    public void Matches_AnotherTenantsEvent_NeverMatches() =>
        Assert.False(EventTriggerMatcher.Matches(Event() with { TenantId = "other" }, Evt()));
}
