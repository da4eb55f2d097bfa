using System.Text.Json;
using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Runs;

/// <summary>
/// A run the engine finds held by another worker is looked at again when that worker's lease lapses, not only at the
/// next recovery scan: after a crash the run resumes one lease after the dead worker's last renewal.
/// </summary>
public sealed class RunRecheckTests
{
    [Fact]
    public async Task RunHeldByAWorkerThatDied_ResumesWhenItsLeaseLapses_BeforeTheNextScan()
    {
        await using var rig = await DrivenEngineRig.BuildAsync(new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:01:00", // the scan would only look again a minute later
        });
        var steps = """[{"id":"a","uses":"transform","with":{"output":{"done":true}}}]""";
        var json = DrivenEngineRig.Template(DrivenEngineRig.NewKey(), steps);
        var run = await rig.CreateRunAsync("tenant-recheck", json);
        using var document = JsonDocument.Parse(json);
        var plan = RunPlanner.Build(JobTemplateParser.Parse(document.RootElement.Clone()).Template!, RunPlanDefaults.Default);
        var now = rig.Clock.GetUtcNow();

        // What a worker that died while running step 'a' leaves behind: a Running step and a lease that is still valid.
        var inFlight = RunDecider.Decide(plan, RunStateFactory.Initial(plan), new RunStarted(now)).State;
        var store = rig.App.Services.GetRequiredService<IRunExecutionStore>();
        var record = (await store.LoadAsync(run.TenantId, run.RunId))!;
        Assert.True((await store.SaveAsync(run.TenantId, run.RunId, inFlight, new RunLease("worker-that-died", now.AddSeconds(3)), [], record.Version)).Saved);
        await store.SetWorkAsync(new RunWorkItem(run.TenantId, run.RunId, now)); // due now: the scan finds it, held
        var engine = rig.App.Services.GetRequiredService<RunEngine>();
        using var stop = new CancellationTokenSource();
        await engine.StartAsync(stop.Token); // scans once at start: the run is held, so it waits for the lease to end

        await Eventually.TrueAsync(() => Task.FromResult(engine.RecheckCount == 1), TimeSpan.FromSeconds(20), "the engine to wait for the lease");
        Assert.Equal(StepStatus.Running, (await rig.StateAsync(run))!.Steps[0].Status);
        rig.Clock.Advance(TimeSpan.FromSeconds(4)); // past the lease, far before the next scan

        await rig.WaitForStateAsync(run, s => s.Status == RunStatus.Succeeded, "the run to resume and succeed");
        await stop.CancelAsync();
        await engine.StopAsync(CancellationToken.None);
    }
}
