using JobForge.Domain.Runs;

namespace JobForge.Server.Tests.Runs;

/// <summary>A delay whose duration is an expression waits the resolved duration, as the dry run shows it.</summary>
public sealed class RunDelayTests
{
    [Fact]
    public async Task Delay_WithDurationFromTheInputs_WaitsThatLong_ThenTheRunSucceeds()
    {
        await using var rig = await DrivenEngineRig.BuildAsync();
        var steps = """
            [{"id":"wait","uses":"delay","with":{"duration":"${{ inputs.d }}"}},
             {"id":"after","uses":"transform","depends_on":["wait"],"with":{"output":{"done":true}}}]
            """;
        var run = await rig.CreateRunAsync("tenant-delay", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), steps), """{"d":"4s"}""");
        var started = rig.Clock.GetUtcNow();
        var processing = rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);

        await rig.WaitForStateAsync(run, s => s.Steps[0].Status != StepStatus.Pending, "the delay to start");
        var waiting = (await rig.StateAsync(run))!;
        Assert.True(waiting.Steps[0].Status == StepStatus.Waiting, waiting.Steps[0].Failure?.Message);
        Assert.Equal(started.AddSeconds(4), waiting.Steps[0].WakeAt);

        rig.Clock.Advance(TimeSpan.FromSeconds(4));
        await processing.WaitAsync(TimeSpan.FromSeconds(20));

        var state = (await rig.StateAsync(run))!;
        Assert.Equal(RunStatus.Succeeded, state.Status);
        Assert.Equal("""{"waited_ms":4000}""", state.Steps[0].OutputsJson);
    }
}
