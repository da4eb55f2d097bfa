using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Transform;
using static JobForge.Server.Tests.Steps.StepRunnerFixture;

namespace JobForge.Server.Tests.Steps;

public sealed class StepRunnerReplayTests
{
    [Fact]
    public async Task RunAsync_ReplayOfSideEffectHandler_ReturnsRecordedOutputsWithoutRunning()
    {
        var handler = new FakeStepHandler("http-like", hasSideEffects: true);
        using var fixture = new StepRunnerFixture(handler);
        var request = new StepRunRequest("http-like", Context()) { Replay = true, RecordedOutputs = Parse("{\"status\":201}") };

        var outcome = await fixture.Runner.RunAsync(request, CancellationToken.None);

        Assert.Equal(0, handler.Executions);
        Assert.Equal(201, outcome.Result.Outputs!.Value.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task RunAsync_ReplayOfSideEffectHandlerWithoutRecording_FailsNonRetryable()
    {
        var handler = new FakeStepHandler("http-like", hasSideEffects: true);
        using var fixture = new StepRunnerFixture(handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("http-like", Context()) { Replay = true }, CancellationToken.None);

        Assert.Equal(0, handler.Executions);
        Assert.False(outcome.Result.Failure!.Retryable);
    }

    [Fact]
    public async Task RunAsync_ReplayOfTransform_RecomputesAndIgnoresTheRecording()
    {
        using var fixture = new StepRunnerFixture(new TransformStepHandler());
        var request = new StepRunRequest("transform", Context("{\"output\":{\"a\":1}}")) { Replay = true, RecordedOutputs = Parse("{\"a\":2}") };

        var outcome = await fixture.Runner.RunAsync(request, CancellationToken.None);

        Assert.Equal(1, outcome.Result.Outputs!.Value.GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task RunAsync_ReplayOfPureFakeHandler_RunsIt()
    {
        var handler = new FakeStepHandler("pure", hasSideEffects: false);
        using var fixture = new StepRunnerFixture(handler);

        await fixture.Runner.RunAsync(new StepRunRequest("pure", Context()) { Replay = true, RecordedOutputs = Parse("{}") }, CancellationToken.None);

        Assert.Equal(1, handler.Executions);
    }
}
