using JobForge.Domain.Runs;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RetryDelayTests
{
    private static readonly RetryPolicy s_policy = new(10, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(5, 16000)]
    [InlineData(6, 30000)]
    [InlineData(10, 30000)]
    public void Compute_MidJitter_IsExponentialCappedAtMaxInterval(int failedAttempt, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryDelay.Compute(s_policy, failedAttempt, 0.5, null));
    }

    [Theory]
    [InlineData(0.0, 3200)]
    [InlineData(0.25, 3600)]
    [InlineData(0.999999, 4800)]
    public void Compute_Jitter_SpreadsTwentyPercentEitherWay(double jitter, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryDelay.Compute(s_policy, 3, jitter, null));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    [InlineData(5.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Compute_AnyJitterAtTheCap_NeverExceedsMaxInterval(double jitter)
    {
        var delay = RetryDelay.Compute(s_policy, 8, jitter, null);

        Assert.InRange(delay, TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Compute_HugeAttemptNumber_StaysAtMaxInterval()
    {
        var steep = new RetryPolicy(100, TimeSpan.FromSeconds(1), 10.0, TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), RetryDelay.Compute(steep, 100, 0.5, null));
    }

    [Fact]
    public void Compute_RetryAfterLongerThanDelay_WinsEvenAboveMaxInterval()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), RetryDelay.Compute(s_policy, 1, 0.5, TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void Compute_RetryAfterShorterThanDelay_KeepsDelay()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), RetryDelay.Compute(s_policy, 3, 0.5, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Compute_AttemptBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryDelay.Compute(s_policy, 0, 0.5, null));
    }
}
