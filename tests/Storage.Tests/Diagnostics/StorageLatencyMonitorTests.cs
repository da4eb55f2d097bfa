using JobForge.Storage.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Storage.Tests.Diagnostics;

public sealed class StorageLatencyMonitorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 4, 0, 0, TimeSpan.Zero));

    private void Attempt(StorageLatencyMonitor monitor, TimeSpan took)
    {
        var token = monitor.Sending();
        _time.Advance(took);
        monitor.Answered(token);
    }

    [Fact]
    public void Recent_NothingSent_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, new StorageLatencyMonitor(_time).Recent);
    }

    [Fact]
    public void Recent_IsThe90thPercentileOfTheAnsweredAttempts_SoOneSlowAttemptAmongManyFastOnesDoesNotCount()
    {
        var monitor = new StorageLatencyMonitor(_time);
        for (var i = 0; i < 19; i++)
        {
            Attempt(monitor, TimeSpan.FromMilliseconds(10));
        }

        Attempt(monitor, TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromMilliseconds(10), monitor.Recent);
    }

    [Fact]
    public void Recent_WhenMostAttemptsAreSlow_IsTheirLatency()
    {
        var monitor = new StorageLatencyMonitor(_time);
        for (var i = 0; i < 10; i++)
        {
            Attempt(monitor, TimeSpan.FromMilliseconds(400));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(400), monitor.Recent);
    }

    [Fact]
    public void Recent_AttemptsOlderThanTheWindow_NoLongerCount()
    {
        var monitor = new StorageLatencyMonitor(_time);
        Attempt(monitor, TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(2), monitor.Recent);

        _time.Advance(StorageLatencyMonitor.Window + TimeSpan.FromMilliseconds(1));

        Assert.Equal(TimeSpan.Zero, monitor.Recent);
    }

    [Fact]
    public void Recent_WhileStorageAnswersNothing_GrowsWithTheAgeOfTheAttemptsStillOut()
    {
        var monitor = new StorageLatencyMonitor(_time);
        Attempt(monitor, TimeSpan.FromMilliseconds(5));
        var hung = Enumerable.Range(0, 8).Select(_ => monitor.Sending()).ToList();

        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(3), monitor.Recent);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(7), monitor.Recent);

        hung.ForEach(monitor.Answered);
        _time.Advance(StorageLatencyMonitor.Window + TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.Zero, monitor.Recent);
    }

    [Fact]
    public void Recent_IsReusedForTheRefreshInterval()
    {
        var monitor = new StorageLatencyMonitor(_time);
        Attempt(monitor, TimeSpan.FromMilliseconds(20));
        Assert.Equal(TimeSpan.FromMilliseconds(20), monitor.Recent);

        Attempt(monitor, TimeSpan.FromMilliseconds(30));
        Attempt(monitor, TimeSpan.FromMilliseconds(30));
        Assert.Equal(TimeSpan.FromMilliseconds(20), monitor.Recent);

        _time.Advance(StorageLatencyMonitor.Refresh);
        Assert.Equal(TimeSpan.FromMilliseconds(30), monitor.Recent);
    }

    [Fact]
    public void Answered_ATokenTwiceOrUnknown_CountsOnce()
    {
        var monitor = new StorageLatencyMonitor(_time);
        var token = monitor.Sending();
        _time.Advance(TimeSpan.FromSeconds(1));
        monitor.Answered(token);
        monitor.Answered(token);
        monitor.Answered(12345);

        Assert.Equal(TimeSpan.FromSeconds(1), monitor.Recent);
    }
}
