using JobForge.Cli.Rendering;
using JobForge.Client.Models;

namespace JobForge.Cli.Tests;

/// <summary>The lines <c>jobs watch</c> prints for each change, in process.</summary>
public sealed class WatchNarratorTests
{
    private static Run Run(string status, params RunStep[] steps) => new() { RunId = "run_1", Status = status, Steps = steps };

    private static RunStep Step(string status, int attempts, long durationMs = 0, StepFailure? failure = null) =>
        new() { Id = "fetch", Uses = "http", Status = status, Attempts = attempts, DurationMs = durationMs, Failure = failure };

    [Fact]
    public void Changes_FirstState_NamesTheRunStatus_AndSkipsPendingSteps()
    {
        Assert.Equal(["run queued"], WatchNarrator.Changes(null, Run("queued", Step("pending", 0))));
    }

    [Fact]
    public void Changes_ARetry_ShowsTheAttemptAndTheFailure_ThenTheSuccessWithAttemptsAndDuration()
    {
        var running = Run("running", Step("running", 1));
        var retrying = Run("running", Step("waiting_to_retry", 1, 120, new StepFailure { Type = "http_503", Message = "unavailable" }));
        var second = Run("running", Step("running", 2, 120));
        var done = Run("succeeded", Step("succeeded", 2, 1500));

        Assert.Equal(["step fetch will retry after attempt 1: http_503: unavailable"], WatchNarrator.Changes(running, retrying));
        Assert.Equal(["step fetch running (attempt 2)"], WatchNarrator.Changes(retrying, second));
        Assert.Equal(["run running -> succeeded", "step fetch succeeded after 2 attempts in 1.5 s"], WatchNarrator.Changes(second, done));
    }

    [Fact]
    public void Changes_AnApproval_SaysHowToDecideIt_AndUnchangedStatesSayNothing()
    {
        var waiting = Run("awaiting_approval", Step("awaiting_approval", 0));

        Assert.Contains("jobforge jobs approve run_1", WatchNarrator.Changes(Run("running", Step("pending", 0)), waiting)[1], StringComparison.Ordinal);
        Assert.Empty(WatchNarrator.Changes(waiting, waiting));
        Assert.Equal("step fetch awaiting approval (attempt 1)", WatchNarrator.Activity(waiting));
    }
}
