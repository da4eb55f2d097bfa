using JobForge.Domain.Runs;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Runs;

/// <summary>
/// A finished run's work entry is removed after <c>JobForge:Engine:WorkRemovalLinger</c>, together with other runs'
/// (one request for many), and not at all when a signal reaches the run meanwhile. Driven on a manual clock.
/// </summary>
public sealed class RunWorkRemovalTests
{
    private const string OneStep = """[{"id":"work","uses":"transform","with":{"output":{"done":true}}}]""";

    [Fact]
    public async Task FinishedRuns_KeepTheirWorkEntriesUntilTheLingerPasses_ThenAllAreRemoved()
    {
        await using var rig = await DrivenEngineRig.BuildAsync();
        var template = DrivenEngineRig.Template(DrivenEngineRig.NewKey(), OneStep);
        var runs = new List<Run>();
        for (var i = 0; i < 3; i++)
        {
            var run = await rig.CreateRunAsync("tenant-removal", template);
            await rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);
            runs.Add(run);
        }

        var beforeLinger = await DueAsync(rig, runs);
        rig.Clock.Advance(TimeSpan.FromMilliseconds(500));

        foreach (var run in runs)
        {
            Assert.Equal(RunStatus.Succeeded, (await rig.StateAsync(run))!.Status);
        }

        Assert.Equal(3, beforeLinger);
        await Eventually.TrueAsync(async () => await DueAsync(rig, runs) == 0, TimeSpan.FromSeconds(20), "the work entries to be removed");
    }

    [Fact]
    public async Task FinishedRun_NudgedByASignalBeforeTheRemoval_KeepsItsWorkEntry()
    {
        await using var rig = await DrivenEngineRig.BuildAsync();
        var run = await rig.CreateRunAsync("tenant-removal", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), OneStep));
        await rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);

        rig.Executor.Nudge(run.TenantId, run.RunId); // what a signal sent right after the finish does
        rig.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var other = await rig.CreateRunAsync("tenant-removal", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), OneStep));
        await rig.Executor.ProcessAsync(other.TenantId, other.RunId, null, CancellationToken.None);
        rig.Clock.Advance(TimeSpan.FromMilliseconds(500));
        await Eventually.TrueAsync(async () => await DueAsync(rig, [other]) == 0, TimeSpan.FromSeconds(20), "the other run's entry to be removed");

        Assert.Equal(1, await DueAsync(rig, [run]));
    }

    private static async Task<int> DueAsync(DrivenEngineRig rig, IReadOnlyList<Run> runs)
    {
        var due = await rig.Runs.ListDueAsync(rig.Clock.GetUtcNow().AddDays(1), 1000);
        return due.Count(item => runs.Any(run => run.RunId == item.RunId));
    }
}
