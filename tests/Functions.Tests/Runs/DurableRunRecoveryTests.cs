using JobForge.Domain.Runs;
using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Scenarios;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Runs;

/// <summary>The recovery scan schedules a run accepted but never scheduled (a crash between the row and the schedule).</summary>
public sealed class DurableRunRecoveryTests
{
    [Fact]
    public async Task ScanAsync_SchedulesARunWhoseOrchestrationWasNeverStarted_AndIgnoresItOnceActive()
    {
        var azurite = await AzuriteInstance.Shared;
        using var app = await ScenarioApp.BuildAsync(services => services.AddJobForgeDurableRuns());
        await app.StartAsync();
        await using var host = await DurableTaskTestHost.StartAsync(azurite.ConnectionString, TaskHubNames.Next("rec"), app.Services);
        var driver = new AppDriver(app);
        var run = await driver.StartRunAsync("""[{"id":"a","uses":"transform","with":{"output":{"x":1}}}]""", notify: false);
        var store = app.Services.GetRequiredService<IRunExecutionStore>();
        await store.SetWorkAsync(new RunWorkItem(run.TenantId, run.RunId, run.RequestedAt)); // due now, as after the pickup grace
        var recovery = app.Services.GetRequiredService<DurableRunRecovery>();

        var scheduled = await recovery.ScanAsync(host.Runs, CancellationToken.None);

        Assert.True(scheduled >= 1);
        var state = await driver.WaitForAsync(run, s => RunTransitions.IsTerminal(s.Status));
        Assert.Equal(RunStatus.Succeeded, state.Status);
        Assert.Equal(DurableTask.Core.OrchestrationStatus.Completed, (await host.WaitAsync(run.RunId, TimeSpan.FromSeconds(60))).OrchestrationStatus);
        Assert.Equal(RunOrchestrationStatus.Finished, (await host.Runs.GetStatusAsync(run.RunId, CancellationToken.None)).Status);
        Assert.DoesNotContain(await store.ListDueAsync(DateTimeOffset.UtcNow.AddHours(1), 1000), item => item.RunId == run.RunId);
    }
}
