using JobForge.Domain.Runs;
using JobForge.Functions.Runs;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>
/// The Durable recovery scan's watchdog (<see cref="DurableAttemptWatchdog"/>) on the real backend: an attempt whose
/// outcome is overdue is handed out again under the same idempotency key; one within its deadline is left alone.
/// </summary>
public sealed class DurableWatchdogScenarios(WatchdogDurableRunDriver driver) : IClassFixture<WatchdogDurableRunDriver>
{
    private static string Template(string steps) => $$$$"""
        {"template_key":"watchdog.{{{{UniqueNames.Next("t")}}}}","name":"Watchdog","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],"steps":{{{{steps}}}}}
        """;

    [Fact]
    public async Task AttemptWhoseOutcomeIsOverdue_IsHandedOutAgainByTheWatchdog_UnderTheSameKey()
    {
        await using var sink = await HttpSink.StartAsync();
        var answer = sink.Respond;
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        sink.Respond = async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                firstCall.TrySetResult();
                await release.Task; // the attempt whose answer never comes back (as if its activity message were lost)
            }

            await answer(context);
        };
        try
        {
            var run = await driver.StartRunAsync(Template($$$$"""
                [{"id":"a","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/a"}},
                 {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"v":2}}}]
                """));
            await firstCall.Task.WaitAsync(driver.Patience);

            // The recovery scan six minutes on: past the attempt's timeout (5 min) and the grace (1 s), within the run's 10 min.
            var late = DateTimeOffset.UtcNow.AddMinutes(6);
            var watchdog = driver.App.Services.GetRequiredService<DurableAttemptWatchdog>();
            var recheck = await watchdog.CheckAsync(driver.Host.Runs, new RunWorkItem(run.TenantId, run.RunId, late), await driver.LoadAsync(run), await driver.Host.Runs.GetStatusAsync(run.RunId, CancellationToken.None), late, CancellationToken.None);
            var state = await driver.WaitForEndAsync(run);

            Assert.True(recheck > late);
            Assert.Equal(RunStatus.Succeeded, state.Status);
            Assert.Equal((1, 2), (state.Steps[0].Attempt, state.Steps[0].Deliveries)); // one attempt, delivered twice
            Assert.Equal([$"{run.RunId}:a:1", $"{run.RunId}:a:1"], sink.Calls.Select(call => call.IdempotencyKey));
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task Watchdog_LeavesAnAttemptWithinItsDeadlineAlone()
    {
        await using var sink = await HttpSink.StartAsync();
        var answer = sink.Respond;
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sink.Respond = async context =>
        {
            firstCall.TrySetResult();
            await release.Task;
            await answer(context);
        };
        try
        {
            var run = await driver.StartRunAsync(Template($$$$"""
                [{"id":"a","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/a"}}]
                """));
            await firstCall.Task.WaitAsync(driver.Patience);

            var now = DateTimeOffset.UtcNow;
            var watchdog = driver.App.Services.GetRequiredService<DurableAttemptWatchdog>();
            var recheck = await watchdog.CheckAsync(driver.Host.Runs, new RunWorkItem(run.TenantId, run.RunId, now), await driver.LoadAsync(run), await driver.Host.Runs.GetStatusAsync(run.RunId, CancellationToken.None), now, CancellationToken.None);

            Assert.InRange(recheck, now.AddMinutes(4), now.AddMinutes(5).AddSeconds(1)); // at the attempt's deadline; nothing sent
            Assert.Empty((await driver.LoadAsync(run)).Inbox);
            release.TrySetResult();
            Assert.Equal(RunStatus.Succeeded, (await driver.WaitForEndAsync(run)).Status);
            Assert.Single(sink.Calls);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task LateRedelivery_OfAnAttemptTheRunMovedPast_RunsNothingAndOverwritesNothing()
    {
        await using var sink = await HttpSink.StartAsync();
        var run = await driver.AbandonRunAsync(Template($$$$"""
            [{"id":"a","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/a"}}]
            """), deliveries: 1);
        var record = await driver.LoadAsync(run);
        var dispatched = record.State!;
        var store = driver.App.Services.GetRequiredService<IRunExecutionStore>();
        var movedOn = dispatched with { Sequence = dispatched.Sequence + 2 }; // the attempt was handed out again and decided
        Assert.True((await store.SaveAsync(run.TenantId, run.RunId, movedOn, null, [], record.Version)).Saved);

        var activity = driver.App.Services.GetRequiredService<RunStepActivity>();
        var input = new RunStepInput(
            new DurableRunRef(run.TenantId, run.RunId), new RunPlanDefaults(), driver.App.Services.GetRequiredService<DurableRunDeciders>().Current,
            dispatched, new RunAttemptOrder("a", 1, TimeSpan.FromMinutes(1), null));
        var output = await activity.ExecuteAsync(input, CancellationToken.None);

        Assert.Null(output.Event);
        Assert.Empty(sink.Calls);
        Assert.Equal(movedOn.Sequence, (await driver.LoadAsync(run)).State!.Sequence);
    }
}
