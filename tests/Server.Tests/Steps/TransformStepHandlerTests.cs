using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Transform;
using static JobForge.Server.Tests.Steps.StepRunnerFixture;

namespace JobForge.Server.Tests.Steps;

public sealed class TransformStepHandlerTests
{
    [Theory]
    [InlineData("{\"output\":{\"a\":1,\"b\":[true]}}", "{\"a\":1,\"b\":[true]}")]
    [InlineData("{\"x\":\"y\",\"n\":2}", "{\"x\":\"y\",\"n\":2}")]
    [InlineData("{}", "{}")]
    public async Task Run_With_OutputsTheOutputObjectOrTheWholeWith(string with, string expected)
    {
        using var fixture = new StepRunnerFixture(new TransformStepHandler());

        var first = await fixture.Runner.RunAsync(new StepRunRequest("transform", Context(with)), CancellationToken.None);
        var second = await fixture.Runner.RunAsync(new StepRunRequest("transform", Context(with)), CancellationToken.None);

        Assert.Equal(expected, first.Result.Outputs!.Value.GetRawText());
        Assert.Equal(first.Result.Outputs.Value.GetRawText(), second.Result.Outputs!.Value.GetRawText());
    }

    [Theory]
    [InlineData("{\"output\":[1]}")]
    [InlineData("{\"output\":\"text\"}")]
    [InlineData("[1]")]
    public async Task Run_OutputNotAnObject_FailsWithInvalidInput(string with)
    {
        using var fixture = new StepRunnerFixture(new TransformStepHandler());

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("transform", Context(with)), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, outcome.Result.Failure!.Type);
    }
}
