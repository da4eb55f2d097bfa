using System.Collections.Concurrent;
using JobForge.Domain.Runs;
using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Scenarios;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Tests.Runs;

/// <summary>
/// A run started under decider version 1 and finished after a deployment of version 2 (ADR 0005): it replays its
/// history with version 1, then continues as new at its wait and the rest is decided by version 2.
/// </summary>
public sealed class RunOrchestratorVersioningTests
{
    private readonly ConcurrentQueue<(int Version, string Event)> _decided = new();

    private RunDeciderFunc Spy(int version) => (plan, state, @event) =>
    {
        _decided.Enqueue((version, @event.GetType().Name));
        return RunDecider.Decide(plan, state, @event);
    };

    [Fact]
    public async Task RunStartedUnderVersion1_FinishesUnderVersion2_AfterADeployment()
    {
        var azurite = await AzuriteInstance.Shared;
        var hub = TaskHubNames.Next("ver");
        var shared = new Dictionary<string, string?>
        {
            ["JobForge:Runs:TableName"] = "runs" + Guid.NewGuid().ToString("N")[..12],
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
        };
        var v1 = new DurableRunDeciders(1, new Dictionary<int, RunDeciderFunc> { [1] = Spy(1) });
        var v2 = new DurableRunDeciders(2, new Dictionary<int, RunDeciderFunc> { [1] = Spy(1), [2] = Spy(2) });

        using var before = await BuildAsync(v1, shared);
        var driver = new AppDriver(before);
        Run run;
        await using (var first = await DurableTaskTestHost.StartAsync(azurite.ConnectionString, hub, before.Services, tune: CrashTuning.Apply))
        {
            before.Services.GetRequiredService<DurableRunClients>().Default = first.Runs;
            run = await driver.StartRunAsync("""
                [{"id":"ask","uses":"approval","with":{}},
                 {"id":"act","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]
                """);
            await driver.WaitForAsync(run, state => state.Status == RunStatus.AwaitingApproval);
        }

        using var after = await BuildAsync(v2, shared);
        await using var second = await DurableTaskTestHost.StartAsync(azurite.ConnectionString, hub, after.Services, tune: CrashTuning.Apply);
        after.Services.GetRequiredService<DurableRunClients>().Default = second.Runs;
        await new AppDriver(after).SignalAsync(run, RunSignalKinds.Approve);
        var final = await new AppDriver(after).WaitForAsync(run, state => RunTransitions.IsTerminal(state.Status));

        Assert.Equal(RunStatus.Succeeded, final.Status);
        var decided = _decided.ToList();
        Assert.Contains((1, nameof(RunStarted)), decided);
        Assert.Contains((2, nameof(ApprovalReceived)), decided);
        Assert.Contains((2, nameof(StepSucceeded)), decided);
        Assert.DoesNotContain((1, nameof(ApprovalReceived)), decided);
        var finished = await second.WaitAsync(run.RunId, TimeSpan.FromSeconds(60));
        Assert.Equal(DurableTask.Core.OrchestrationStatus.Completed, finished.OrchestrationStatus);
        Assert.Equal("\"succeeded\"", finished.Output);
    }

    private static async Task<IHost> BuildAsync(DurableRunDeciders deciders, IReadOnlyDictionary<string, string?> shared)
    {
        var app = await ScenarioApp.BuildAsync(services =>
        {
            services.AddSingleton(deciders);
            services.AddJobForgeDurableRuns();
        }, shared);
        await app.StartAsync();
        return app;
    }
}
