using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using static JobForge.Server.Tests.Steps.StepRunnerFixture;

namespace JobForge.Server.Tests.Steps;

public sealed class StepRunnerOutputTests
{
    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public async Task RunAsync_OutputsNotAnObject_FailsWithInvalidOutput(string outputs)
    {
        using var fixture = new StepRunnerFixture(Returning(outputs));

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context()), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidOutput, outcome.Result.Failure!.Type);
        Assert.False(outcome.Result.Failure.Retryable);
    }

    [Fact]
    public async Task RunAsync_OutputsNotMatchingSchema_FailsWithInvalidOutputAndPaths()
    {
        using var fixture = new StepRunnerFixture(Returning("{\"count\":\"three\"}"));
        var schema = Parse("{\"type\":\"object\",\"properties\":{\"count\":{\"type\":\"integer\"}},\"required\":[\"count\"]}");

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context()) { OutputSchema = schema }, CancellationToken.None);

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.InvalidOutput, failure.Type);
        Assert.Equal("$.count", failure.Details!.Value.GetProperty("problems")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task RunAsync_OutputsMatchingSchema_Succeed()
    {
        using var fixture = new StepRunnerFixture(Returning("{\"count\":3}"));
        var schema = Parse("{\"type\":\"object\",\"properties\":{\"count\":{\"type\":\"integer\"}},\"required\":[\"count\"]}");

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context()) { OutputSchema = schema }, CancellationToken.None);

        Assert.True(outcome.Result.IsSuccess);
    }

    [Fact]
    public async Task RunAsync_OutputHoldingASecret_IsRedactedEverywhere()
    {
        using var fixture = new StepRunnerFixture(Returning("{\"token\":\"Bearer s3cr3t-value\",\"nested\":[{\"x\":\"s3cr3t-value\"}],\"safe\":\"kept\",\"n\":1}"));
        var context = Context() with { SecretValues = ["s3cr3t-value", ""] };

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", context), CancellationToken.None);

        var outputs = outcome.Result.Outputs!.Value;
        Assert.Equal(StepRunner.RedactedMarker, outputs.GetProperty("token").GetString());
        Assert.Equal(StepRunner.RedactedMarker, outputs.GetProperty("nested")[0].GetProperty("x").GetString());
        Assert.Equal("kept", outputs.GetProperty("safe").GetString());
        Assert.Equal(1, outputs.GetProperty("n").GetInt32());
        Assert.DoesNotContain("s3cr3t-value", outputs.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FailureMessageHoldingASecret_IsRedacted()
    {
        var handler = new FakeStepHandler("fake")
        {
            Execute = (_, _) => Task.FromResult(StepHandlerResult.Failed(new StepFailure("http_error", "callee said s3cr3t-value", "fake", DateTimeOffset.UnixEpoch, true))),
        };
        using var fixture = new StepRunnerFixture(handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context() with { SecretValues = ["s3cr3t-value"] }), CancellationToken.None);

        Assert.Equal(StepRunner.RedactedMarker, outcome.Result.Failure!.Message);
        Assert.Equal("http_error", outcome.Result.Failure.Type);
    }

    private static FakeStepHandler Returning(string outputs) =>
        new("fake") { Execute = (_, _) => Task.FromResult(StepHandlerResult.Succeeded(Parse(outputs))) };
}
