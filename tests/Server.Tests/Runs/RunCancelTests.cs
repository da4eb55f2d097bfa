using System.Text;
using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Application.Artifacts;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Logging;

namespace JobForge.Server.Tests.Runs;

/// <summary>
/// A cancel accepted while a run waits (delay, retry) or between steps stops the run before any later step starts,
/// whichever comes first of the signal and the timer; and the run log is written once, in time order. The worker is
/// driven by hand on a manual clock, so each race is staged, not hoped for.
/// </summary>
public sealed class RunCancelTests
{
    private const string DelayThenWork = """
        [{"id":"wait","uses":"delay","with":{"duration":"3s"}},
         {"id":"work","uses":"transform","depends_on":["wait"],"with":{"output":{"done":true}}}]
        """;

    private static readonly Dictionary<string, string?> HttpToLoopback = new()
    {
        ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
        ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
        ["JobForge:Steps:Http:SigningSecret"] = "driven-tests-signing-secret",
    };

    [Fact]
    public async Task Cancel_AcceptedWhileADelayWaits_EndsTheRunCanceled_AndTheNextStepNeverStarts()
    {
        await using var rig = await DrivenEngineRig.BuildAsync();
        var run = await rig.CreateRunAsync("tenant-cancel", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), DelayThenWork));
        var processing = rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);
        await rig.WaitForStateAsync(run, s => s.Steps[0].Status == StepStatus.Waiting, "the delay to start");

        await rig.SignalAsync(run, RunSignalKinds.Cancel);
        rig.Clock.Advance(TimeSpan.FromSeconds(3)); // the delay's timer falls due right after the cancel was accepted
        await processing.WaitAsync(TimeSpan.FromSeconds(20));

        var state = (await rig.StateAsync(run))!;
        Assert.Equal(RunStatus.Canceled, state.Status);
        Assert.Equal(StepStatus.Canceled, state.Steps[0].Status);
        Assert.Equal(StepStatus.Skipped, state.Steps[1].Status);
    }

    [Fact]
    public async Task Cancel_AppendedByAnotherServerWhileADelayWaits_IsDecidedBeforeTheTimer()
    {
        await using var rig = await DrivenEngineRig.BuildAsync();
        var run = await rig.CreateRunAsync("tenant-cancel", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), DelayThenWork));
        var processing = rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);
        await rig.WaitForStateAsync(run, s => s.Steps[0].Status == StepStatus.Waiting, "the delay to start");

        // Another server appends the cancel to the inbox: nothing in this process is told about it.
        var record = (await rig.Runs.LoadAsync(run.TenantId, run.RunId))!;
        var cancel = new RunSignal(RunSignalKinds.Cancel, "tester", rig.Clock.GetUtcNow());
        Assert.True((await rig.Runs.SaveAsync(run.TenantId, run.RunId, null, record.Lease, [cancel], record.Version)).Saved);
        rig.Clock.Advance(TimeSpan.FromSeconds(3));
        await processing.WaitAsync(TimeSpan.FromSeconds(20));

        var state = (await rig.StateAsync(run))!;
        Assert.Equal(RunStatus.Canceled, state.Status);
        Assert.Equal(StepStatus.Skipped, state.Steps[1].Status);
    }

    [Fact]
    public async Task Cancel_AcceptedWhileARetryWaits_EndsTheRunCanceled_WithoutAnotherAttempt()
    {
        await using var sink = await HttpSink.StartAsync();
        await using var rig = await DrivenEngineRig.BuildAsync(HttpToLoopback);
        var steps = $$$$"""
            [{"id":"flaky","uses":"http","retry":{"max_attempts":3,"first_interval":"2s","backoff":1,"max_interval":"2s"},"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/flaky/call"}},
             {"id":"work","uses":"transform","depends_on":["flaky"],"with":{"output":{"done":true}}}]
            """;
        var run = await rig.CreateRunAsync("tenant-cancel", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), steps));
        var processing = rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);
        await rig.WaitForStateAsync(run, s => s.Steps[0].Status == StepStatus.WaitingToRetry || RunTransitions.IsTerminal(s.Status), "the first attempt to fail");
        var waiting = (await rig.StateAsync(run))!.Steps[0];
        Assert.True(waiting.Status == StepStatus.WaitingToRetry, waiting.Failure?.Type + ": " + waiting.Failure?.Message);

        await rig.SignalAsync(run, RunSignalKinds.Cancel);
        rig.Clock.Advance(TimeSpan.FromSeconds(5));
        await processing.WaitAsync(TimeSpan.FromSeconds(20));

        var state = (await rig.StateAsync(run))!;
        Assert.Equal(RunStatus.Canceled, state.Status);
        Assert.Equal(1, state.Steps[0].Attempt);
        Assert.Single(sink.CallsTo("/flaky/"));
        Assert.Equal(StepStatus.Skipped, state.Steps[1].Status);
    }

    [Fact]
    public async Task CanceledRun_ProcessedAgain_KeepsOneRunLog_WithItsLinesInTimeOrder()
    {
        var evidenceLog = new ListLogger<RunEvidenceRecorder>();
        await using var rig = await DrivenEngineRig.BuildAsync(evidenceLogger: evidenceLog);
        var steps = """
            [{"id":"first","uses":"transform","with":{"output":{"n":1}}},
             {"id":"wait","uses":"delay","depends_on":["first"],"with":{"duration":"3s"}},
             {"id":"later","uses":"transform","depends_on":["wait"],"with":{"output":{}}},
             {"id":"last","uses":"transform","depends_on":["later"],"with":{"output":{}}}]
            """;
        var run = await rig.CreateRunAsync("tenant-cancel", DrivenEngineRig.Template(DrivenEngineRig.NewKey(), steps));
        var processing = rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);
        await rig.WaitForStateAsync(run, s => s.Steps[1].Status == StepStatus.Waiting, "the delay to start");
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        await rig.SignalAsync(run, RunSignalKinds.Cancel);
        rig.Clock.Advance(TimeSpan.FromSeconds(2));
        await processing.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(RunStatus.Canceled, (await rig.StateAsync(run))!.Status);

        // The engine processes a run signalled while it was busy once more; that pass finds it finished.
        rig.Clock.Advance(TimeSpan.FromMinutes(1));
        await rig.Executor.ProcessAsync(run.TenantId, run.RunId, null, CancellationToken.None);

        Assert.DoesNotContain(evidenceLog.Entries, entry => entry.EventId == 7000);
        var log = await rig.Artifacts.GetAsync(run.TenantId, run.RunId, EvidenceArtifactNames.Log);
        var lines = Encoding.UTF8.GetString(log!.Content.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        var times = lines.Select(line => line.GetProperty("ts").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal("run.started", lines[0].GetProperty("event").GetString());
        Assert.Equal("run.canceled", lines[^1].GetProperty("event").GetString());
    }
}
