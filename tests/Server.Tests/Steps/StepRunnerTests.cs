using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using static JobForge.Server.Tests.Steps.StepRunnerFixture;

namespace JobForge.Server.Tests.Steps;

public sealed class StepRunnerTests
{
    [Fact]
    public async Task RunAsync_UnknownKind_FailsWithUnknownHandlerNonRetryable()
    {
        using var fixture = new StepRunnerFixture(new FakeStepHandler("known"));

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("missing", Context()), CancellationToken.None);

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.UnknownHandler, failure.Type);
        Assert.False(failure.Retryable);
        Assert.Equal("missing", failure.Handler);
        Assert.Equal(fixture.Time.GetUtcNow(), failure.Timestamp);
        Assert.Equal("", outcome.HandlerVersion);
    }

    [Fact]
    public async Task RunAsync_InvalidInputs_FailsWithProblemDetailsWithoutExecuting()
    {
        var handler = new FakeStepHandler("fake") { Validate = _ => [new ValidationProblem("$.url", "required", "url is required")] };
        using var fixture = new StepRunnerFixture(handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context()), CancellationToken.None);

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.InvalidInput, failure.Type);
        Assert.False(failure.Retryable);
        var problem = failure.Details!.Value.GetProperty("problems")[0];
        Assert.Equal("$.url", problem.GetProperty("path").GetString());
        Assert.Equal("required", problem.GetProperty("code").GetString());
        Assert.Equal("url is required", problem.GetProperty("message").GetString());
        Assert.Equal(0, handler.Executions);
    }

    [Fact]
    public async Task RunAsync_HandlerPastTimeout_FailsWithRetryableTimeout()
    {
        var handler = new FakeStepHandler("slow")
        {
            Execute = async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return StepHandlerResult.Succeeded(Parse("{}"));
            },
        };
        using var fixture = new StepRunnerFixture(handler);

        var running = fixture.Runner.RunAsync(new StepRunRequest("slow", Context(timeout: TimeSpan.FromSeconds(30))), CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(running.IsCompleted);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(StepFailureTypes.Timeout, outcome.Result.Failure!.Type);
        Assert.True(outcome.Result.Failure.Retryable);
        Assert.Equal(30_000, outcome.DurationMs);
    }

    [Fact]
    public async Task RunAsync_HandlerIgnoringItsToken_StillTimesOut()
    {
        var never = new TaskCompletionSource<StepHandlerResult>();
        using var fixture = new StepRunnerFixture(new FakeStepHandler("stubborn") { Execute = (_, _) => never.Task });

        var running = fixture.Runner.RunAsync(new StepRunRequest("stubborn", Context(timeout: TimeSpan.FromSeconds(5))), CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromSeconds(5));
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(StepFailureTypes.Timeout, outcome.Result.Failure!.Type);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_FailsWithCanceled()
    {
        var handler = new FakeStepHandler("slow")
        {
            Execute = async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return StepHandlerResult.Succeeded(Parse("{}"));
            },
        };
        using var fixture = new StepRunnerFixture(handler);
        using var cancel = new CancellationTokenSource();

        var running = fixture.Runner.RunAsync(new StepRunRequest("slow", Context()), cancel.Token);
        await cancel.CancelAsync();
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(StepFailureTypes.Canceled, outcome.Result.Failure!.Type);
        Assert.False(outcome.Result.Failure.Retryable);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_FailsWithGenericHandlerErrorAndLogsTheException()
    {
        var handler = new FakeStepHandler("boom") { Execute = (_, _) => throw new InvalidOperationException("secret-ish internal detail") };
        using var fixture = new StepRunnerFixture(handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("boom", Context()), CancellationToken.None);

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.HandlerError, failure.Type);
        Assert.True(failure.Retryable);
        Assert.Equal("boom", failure.Handler);
        var text = JsonSerializer.Serialize(failure);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Logger.Entries, entry => entry.EventId == 2101);
    }

    [Fact]
    public async Task RunAsync_ValidateInputsThrows_FailsWithHandlerError()
    {
        var handler = new FakeStepHandler("bad") { Validate = _ => throw new FormatException("nope") };
        using var fixture = new StepRunnerFixture(handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("bad", Context()), CancellationToken.None);

        Assert.Equal(StepFailureTypes.HandlerError, outcome.Result.Failure!.Type);
    }

    [Fact]
    public async Task RunAsync_Success_ReportsOutputsVersionAndDuration()
    {
        var handler = new FakeStepHandler("ok")
        {
            Execute = (context, _) => Task.FromResult(StepHandlerResult.Succeeded(Parse("{\"key\":\"" + context.IdempotencyKey + "\"}"))),
        };
        using var fixture = new StepRunnerFixture(handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("ok", Context()), CancellationToken.None);

        Assert.True(outcome.Result.IsSuccess);
        Assert.Equal("run-1:step-1:1", outcome.Result.Outputs!.Value.GetProperty("key").GetString());
        Assert.Equal("9.9.9", outcome.HandlerVersion);
        Assert.Equal(0, outcome.DurationMs);
    }

    [Fact]
    public void Constructor_TwoHandlersForOneKind_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new StepRunnerFixture(new FakeStepHandler("x"), new FakeStepHandler("x")));
}
