using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Tests.Triggers.Cron;

public sealed class MisfirePolicyNamesTests
{
    [Theory]
    [InlineData(MisfirePolicy.FireOnce, "fire_once")]
    [InlineData(MisfirePolicy.Skip, "skip")]
    public void ToWireName_AndTryParse_RoundTrip(MisfirePolicy policy, string name)
    {
        Assert.Equal(name, MisfirePolicyNames.ToWireName(policy));
        Assert.True(MisfirePolicyNames.TryParse(name, out var parsed));
        Assert.Equal(policy, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("FireOnce")]
    [InlineData("FIRE_ONCE")]
    [InlineData("0")]
    public void TryParse_UnknownName_IsFalse(string? name)
    {
        Assert.False(MisfirePolicyNames.TryParse(name, out _));
    }

    [Fact]
    public void ToWireName_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MisfirePolicyNames.ToWireName((MisfirePolicy)42));
    }
}
