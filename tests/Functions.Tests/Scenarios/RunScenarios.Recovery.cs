using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>
/// Runs a dead worker left mid-attempt: the host's recovery hands the attempt out again under the same attempt number
/// (so the same idempotency key), and an attempt that was already delivered too often is quarantined as poison.
/// </summary>
public abstract partial class RunScenarios
{
    [Fact]
    public async Task AbandonedAttempt_IsHandedOutAgain_UnderTheSameAttempt()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.AbandonRunAsync(Template($$$$"""
            [{"id":"a","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/a"}},
             {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"v":2}}}]
            """), deliveries: 1);

        await Driver.RecoverAsync();
        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Succeeded, state.Status);
        AssertSteps(state, ("a", StepStatus.Succeeded, 1), ("b", StepStatus.Succeeded, 1));
        Assert.Equal(2, state.Steps[0].Deliveries);
        Assert.Equal([$"{run.RunId}:a:1"], sink.Calls.Select(call => call.IdempotencyKey));
    }

    [Fact]
    public async Task AbandonedAttempt_DeliveredTooOften_FailsAsPoison()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.AbandonRunAsync(Template($$$$"""
            [{"id":"a","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/a"}}]
            """), deliveries: 5);

        await Driver.RecoverAsync();
        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Failed, state.Status);
        Assert.Equal(StepFailureTypes.Poison, state.Failure?.Type);
        AssertSteps(state, ("a", StepStatus.Failed, 1));
        Assert.Empty(sink.Calls);
    }
}
