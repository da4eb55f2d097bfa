using JobForge.Domain.Runs;
using JobForge.TestKit;

namespace JobForge.Functions.Tests.Scenarios;

public abstract partial class RunScenarios
{
    private static string ApprovalThenTransform => Template("""
        [{"id":"ask","uses":"approval","with":{}},
         {"id":"act","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]
        """);

    [Fact]
    public async Task Approval_Approved_Continues()
    {
        var run = await Driver.StartRunAsync(ApprovalThenTransform);
        await Driver.WaitForAsync(run, state => state.Status == RunStatus.AwaitingApproval, "the approval wait");

        await Driver.SignalAsync(run, RunSignalKinds.Approve);
        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Succeeded, state.Status);
        Assert.Equal([StepStatus.Succeeded, StepStatus.Succeeded], state.Steps.Select(step => step.Status));
    }

    [Fact]
    public async Task Approval_Rejected_FailsTheRun()
    {
        var run = await Driver.StartRunAsync(ApprovalThenTransform);
        await Driver.WaitForAsync(run, state => state.Status == RunStatus.AwaitingApproval, "the approval wait");

        await Driver.SignalAsync(run, RunSignalKinds.Reject);
        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Failed, state.Status);
        Assert.Equal("approval_rejected", state.Failure?.Type);
        Assert.Equal([StepStatus.Failed, StepStatus.Skipped], state.Steps.Select(step => step.Status));
    }

    [Fact]
    public async Task Approval_NotGivenInTime_TimesOut()
    {
        var run = await Driver.StartRunAsync(ApprovalThenTransform);

        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Failed, state.Status);
        Assert.Equal("approval_timeout", state.Failure?.Type);
        Assert.Equal([StepStatus.Failed, StepStatus.Skipped], state.Steps.Select(step => step.Status));
    }

    [Fact]
    public async Task Cancel_WhileWaitingForApproval_EndsCanceled()
    {
        var run = await Driver.StartRunAsync(ApprovalThenTransform);
        await Driver.WaitForAsync(run, state => state.Status == RunStatus.AwaitingApproval, "the approval wait");

        await Driver.SignalAsync(run, RunSignalKinds.Cancel);
        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Canceled, state.Status);
        Assert.Equal([StepStatus.Canceled, StepStatus.Skipped], state.Steps.Select(step => step.Status));
    }

    [Fact]
    public async Task Cancel_DuringADelay_StopsBeforeTheNextStep()
    {
        var run = await Driver.StartRunAsync(Template("""
            [{"id":"wait","uses":"delay","with":{"duration":"30s"}},
             {"id":"after","uses":"transform","depends_on":["wait"],"with":{"output":{}}}]
            """));
        await Driver.WaitForAsync(run, state => state.Steps[0].Status == StepStatus.Waiting, "the delay to start");

        await Driver.SignalAsync(run, RunSignalKinds.Cancel);
        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Canceled, state.Status);
        Assert.Equal([StepStatus.Canceled, StepStatus.Skipped], state.Steps.Select(step => step.Status));
    }

    [Fact]
    public async Task Cancel_WhileAStepIsInFlight_StopsItAndEndsCanceled()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.StartRunAsync(Template($$$$"""
            [{"id":"wait","uses":"http","timeout":"30s","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/slow/wait"}},
             {"id":"never","uses":"transform","depends_on":["wait"],"with":{"output":{}}}]
            """));
        await Eventually.TrueAsync(() => Task.FromResult(sink.CallsTo("/slow/").Count == 1), Driver.Patience, "the slow call to start");

        await Driver.SignalAsync(run, RunSignalKinds.Cancel);
        var state = await Driver.WaitForEndAsync(run);

        Assert.True(RunStatus.Canceled == state.Status, $"{state.Status}: {state.Failure?.Type} {state.Failure?.Message} {state.Steps[0].Failure?.Type}");
        Assert.Equal(StepStatus.Skipped, state.Steps[1].Status);
        Assert.Single(sink.Calls);
    }

    [Fact]
    public async Task ManualRollback_OfASucceededRun_CompensatesInReverseOrder()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.StartRunAsync(Template($$$$"""
            [{"id":"make","uses":"http","compensate":"unmake","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/make"}},
             {"id":"ship","uses":"http","depends_on":["make"],"compensate":"unship","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/ship"}},
             {"id":"unmake","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/unmake"}},
             {"id":"unship","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/unship"}}]
            """));
        Assert.Equal(RunStatus.Succeeded, (await Driver.WaitForEndAsync(run)).Status);

        await Driver.SignalAsync(run, RunSignalKinds.Rollback);
        var state = await Driver.WaitForAsync(run, state => state.Status == RunStatus.RolledBack, "the rollback");

        Assert.Equal("manual", state.RollbackReason);
        Assert.Equal(["/ok/make", "/ok/ship", "/ok/unship", "/ok/unmake"], sink.Calls.Select(call => call.Path));
        AssertOncePerKey(sink);
    }

    [Fact]
    public async Task RunTimeout_DuringALongDelay_FailsTheRunAndCompensates()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.StartRunAsync(Template($$$$"""
            [{"id":"make","uses":"http","compensate":"unmake","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/make"}},
             {"id":"wait","uses":"delay","depends_on":["make"],"with":{"duration":"5m"}},
             {"id":"unmake","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/unmake"}}]
            """));

        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.RolledBack, state.Status);
        Assert.Equal("run_timeout", state.RollbackReason);
        Assert.Equal(["/ok/make", "/ok/unmake"], sink.Calls.Select(call => call.Path));
    }
}
