using System.Text.Json;
using DurableTask.Core;
using JobForge.Domain.Runs;
using JobForge.Functions.Runs;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>The run scenarios on the Durable orchestrator (Durable Task Framework, Azure Storage backend, Azurite).</summary>
public sealed class DurableRunScenarios(DurableRunDriver driver) : RunScenarios(driver), IClassFixture<DurableRunDriver>
{
    [Fact]
    public async Task ThreeStepRun_CostsThreeActivities_LikeABareThreeActivityOrchestration()
    {
        var run = await driver.StartRunAsync(Template("""
            [{"id":"a","uses":"transform","with":{"output":{"v":1}}},
             {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"v":2}}},
             {"id":"c","uses":"transform","depends_on":["b"],"with":{"output":{"v":3}}}]
            """));
        var finished = await driver.Host.WaitAsync(run.RunId, driver.Patience);

        Assert.Equal(OrchestrationStatus.Completed, finished.OrchestrationStatus);
        Assert.Equal("\"succeeded\"", finished.Output);
        var history = await driver.Host.Client.GetOrchestrationHistoryAsync(new OrchestrationInstance { InstanceId = run.RunId, ExecutionId = finished.OrchestrationInstance.ExecutionId });
        using var events = JsonDocument.Parse(history);
        var scheduled = events.RootElement.EnumerateArray()
            .Where(IsTaskScheduled)
            .Select(e => e.GetProperty("Name").GetString())
            .ToList();
        Assert.Equal([DurableRunNames.StepActivity, DurableRunNames.StepActivity, DurableRunNames.StepActivity], scheduled);
        Assert.Equal(RunStatus.Succeeded, (await driver.LoadAsync(run)).State!.Status);
    }

    private static bool IsTaskScheduled(JsonElement historyEvent) =>
        historyEvent.TryGetProperty("EventType", out var type) && (type.ValueKind == JsonValueKind.Number
            ? type.GetInt32() == (int)DurableTask.Core.History.EventType.TaskScheduled
            : type.GetString() == nameof(DurableTask.Core.History.EventType.TaskScheduled));

    [Fact]
    public async Task RepeatedSchedule_OfTheSameRun_IsANoOp()
    {
        var run = await driver.StartRunAsync(Template("""[{"id":"a","uses":"transform","with":{"output":{"v":1}}}]"""));
        await driver.WaitForEndAsync(run);

        var again = await driver.Host.Runs.ScheduleAsync(new DurableRunInput(run, new RunPlanDefaults(), DurableRunDeciders.CurrentVersion), replaceFinished: false, CancellationToken.None);

        Assert.False(again);
    }
}
