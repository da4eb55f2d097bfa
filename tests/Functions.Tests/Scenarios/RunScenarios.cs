using JobForge.Domain.Runs;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>
/// The run scenarios, written once and run against both hosts (<see cref="SelfHostedRunScenarios"/>,
/// <see cref="DurableRunScenarios"/>): each asserts the run's final status, every step's status and attempts, and the
/// effects at the loopback sink (each step's effect once per idempotency key), so both drivers end the same way.
/// </summary>
public abstract partial class RunScenarios(RunDriver driver)
{
    /// <summary>The host under test.</summary>
    protected RunDriver Driver { get; } = driver;

    /// <summary>A template of <paramref name="steps"/> under a fresh key.</summary>
    protected static string Template(string steps) => $$$$"""
        {"template_key":"scenario.{{{{UniqueNames.Next("t")}}}}","name":"Scenario","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],"default_max_attempts":3,
         "steps":{{{{steps}}}}}
        """;

    private static async Task<HttpSink> SinkAsync()
    {
        var sink = await HttpSink.StartAsync();
        var byPath = sink.Respond;
        sink.Respond = context =>
        {
            if (context.Request.Path.StartsWithSegments("/bad", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return byPath(context);
        };
        return sink;
    }

    private static void AssertSteps(RunState state, params (string Id, StepStatus Status, int Attempt)[] expected) =>
        Assert.Equal(expected, state.Steps.Select(step => (step.StepId, step.Status, step.Attempt)).ToArray());

    /// <summary>Every effect at the sink happened once per idempotency key.</summary>
    private static void AssertOncePerKey(HttpSink sink) =>
        Assert.All(sink.Calls.GroupBy(call => call.IdempotencyKey), group => Assert.Single(group));

    [Fact]
    public async Task ThreeTransforms_Succeed_WithChainedOutputs()
    {
        var run = await Driver.StartRunAsync(Template("""
            [{"id":"a","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}},
             {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"value":"${{ steps.a.outputs.value }}"}}},
             {"id":"c","uses":"transform","depends_on":["b"],"with":{"output":{"total":"${{ steps.b.outputs.value }}"}}}]
            """), """{"n":41}""");

        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Succeeded, state.Status);
        AssertSteps(state, ("a", StepStatus.Succeeded, 1), ("b", StepStatus.Succeeded, 1), ("c", StepStatus.Succeeded, 1));
        Assert.Contains("41", state.Steps[2].OutputsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlakyHttp_IsRetriedUnderTheNextAttemptsIdempotencyKey()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.StartRunAsync(Template($$$$"""
            [{"id":"call","uses":"http","retry":{"max_attempts":3,"first_interval":"1s","backoff":1,"max_interval":"1s"},
              "with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/flaky/call"}}]
            """));

        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Succeeded, state.Status);
        AssertSteps(state, ("call", StepStatus.Succeeded, 2));
        Assert.Equal([$"{run.RunId}:call:1", $"{run.RunId}:call:2"], sink.Calls.Select(call => call.IdempotencyKey));
    }

    [Fact]
    public async Task NonRetryable400_FailsTheRunAfterOneAttempt()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.StartRunAsync(Template($$$$"""
            [{"id":"call","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/bad/call"}},
             {"id":"after","uses":"transform","depends_on":["call"],"with":{"output":{}}}]
            """));

        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.Failed, state.Status);
        AssertSteps(state, ("call", StepStatus.Failed, 1), ("after", StepStatus.Skipped, 0));
        Assert.Equal([$"{run.RunId}:call:1"], sink.Calls.Select(call => call.IdempotencyKey));
    }

    [Fact]
    public async Task SagaRollback_CompensatesInReverseOrder_AndAFailingCompensationEndsRollbackFailed()
    {
        await using var sink = await SinkAsync();
        var run = await Driver.StartRunAsync(Template($$$$"""
            [{"id":"reserve","uses":"http","compensate":"release","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/reserve"}},
             {"id":"charge","uses":"http","depends_on":["reserve"],"compensate":"refund","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/charge"}},
             {"id":"ship","uses":"http","depends_on":["charge"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/missing/ship"}},
             {"id":"release","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/release"}},
             {"id":"refund","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/bad/refund"}}]
            """));

        var state = await Driver.WaitForEndAsync(run);

        Assert.Equal(RunStatus.RollbackFailed, state.Status);
        Assert.Equal(["/ok/reserve", "/ok/charge", "/missing/ship", "/bad/refund", "/ok/release"], sink.Calls.Select(call => call.Path));
        Assert.Equal(StepStatus.Failed, state.Steps.Single(step => step.StepId == "ship").Status);
        Assert.Single(state.RollbackFailures);
        AssertOncePerKey(sink);
    }
}
