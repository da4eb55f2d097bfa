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
    [InlineData(RunRecoveryTimerFunction.Name, TimerSchedules.RunRecovery)]
    public void Metadata_DeclaresTheTimerFunction_WithASixFieldSchedule(string name, string schedule)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var function = document.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);
        var trigger = Assert.Single(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "timerTrigger");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
        Assert.Equal(6, schedule.Split(' ').Length);
    }

    /// <summary>
    /// Every function that can create or signal a run binds a Durable client, so the run's orchestration is scheduled
    /// (or its signal raised) in the same invocation instead of waiting for the recovery scan.
    /// </summary>
    [Theory]
    [InlineData("RequestJob")]
    [InlineData("ApproveJobRun")]
    [InlineData("RejectJobRun")]
    [InlineData("CancelJobRun")]
    [InlineData("RollbackJobRun")]
    [InlineData("TestTrigger")]
    [InlineData(TriggerSchedulerTimerFunction.Name)]
    [InlineData(OutboxTimerFunction.Name)]
    [InlineData(RunRecoveryTimerFunction.Name)]
    public void Metadata_RunCreatingFunction_BindsADurableClient(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var function = document.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

        Assert.Contains(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "durableClient");
    }
}
