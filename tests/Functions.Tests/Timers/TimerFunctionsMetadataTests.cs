using System.Text.Json;
using JobForge.Functions.Timers;

namespace JobForge.Functions.Tests.Timers;

/// <summary>The generated <c>functions.metadata</c> declares each timer function with its six-field NCRONTAB schedule.</summary>
public sealed class TimerFunctionsMetadataTests
{
    [Theory]
    [InlineData(TriggerSchedulerTimerFunction.Name, TimerSchedules.TriggerScheduler)]
    [InlineData(OutboxTimerFunction.Name, TimerSchedules.Outbox)]
    [InlineData(SweepTimerFunctions.EventRetention, TimerSchedules.EventRetentionSweep)]
    [InlineData(SweepTimerFunctions.PolicyRevocation, TimerSchedules.PolicyRevocationSweep)]
    public void Metadata_DeclaresTheTimerFunction_WithASixFieldSchedule(string name, string schedule)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var function = document.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);
        var trigger = Assert.Single(function.GetProperty("bindings").EnumerateArray());

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
        Assert.Equal(6, schedule.Split(' ').Length);
    }
}
