using JobForge.Domain.Runs;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunTransitionsTests
{
    private static readonly HashSet<(RunStatus, RunStatus)> s_legalRun =
    [
        (RunStatus.Queued, RunStatus.Running), (RunStatus.Queued, RunStatus.Canceled),
        (RunStatus.Running, RunStatus.AwaitingApproval), (RunStatus.Running, RunStatus.Succeeded), (RunStatus.Running, RunStatus.Failed),
        (RunStatus.Running, RunStatus.RollingBack), (RunStatus.Running, RunStatus.Canceled),
        (RunStatus.AwaitingApproval, RunStatus.Running), (RunStatus.AwaitingApproval, RunStatus.Failed),
        (RunStatus.AwaitingApproval, RunStatus.RollingBack), (RunStatus.AwaitingApproval, RunStatus.Canceled),
        (RunStatus.Succeeded, RunStatus.RollingBack),
        (RunStatus.RollingBack, RunStatus.RolledBack), (RunStatus.RollingBack, RunStatus.RollbackFailed),
    ];

    private static readonly HashSet<(StepStatus, StepStatus)> s_legalStep =
    [
        (StepStatus.Pending, StepStatus.Running), (StepStatus.Pending, StepStatus.Waiting), (StepStatus.Pending, StepStatus.AwaitingApproval),
        (StepStatus.Pending, StepStatus.Failed), (StepStatus.Pending, StepStatus.Skipped),
        (StepStatus.Running, StepStatus.Succeeded), (StepStatus.Running, StepStatus.Failed), (StepStatus.Running, StepStatus.WaitingToRetry),
        (StepStatus.Running, StepStatus.Canceled),
        (StepStatus.WaitingToRetry, StepStatus.Running), (StepStatus.WaitingToRetry, StepStatus.Failed), (StepStatus.WaitingToRetry, StepStatus.Canceled),
        (StepStatus.AwaitingApproval, StepStatus.Running), (StepStatus.AwaitingApproval, StepStatus.Waiting),
        (StepStatus.AwaitingApproval, StepStatus.Succeeded), (StepStatus.AwaitingApproval, StepStatus.Failed),
        (StepStatus.AwaitingApproval, StepStatus.Canceled),
        (StepStatus.Waiting, StepStatus.Succeeded), (StepStatus.Waiting, StepStatus.Failed), (StepStatus.Waiting, StepStatus.Canceled),
        (StepStatus.Succeeded, StepStatus.Compensating),
        (StepStatus.Compensating, StepStatus.Compensated), (StepStatus.Compensating, StepStatus.CompensationFailed),
    ];

    public static TheoryData<RunStatus, RunStatus> RunPairs()
    {
        var data = new TheoryData<RunStatus, RunStatus>();
        foreach (var from in Enum.GetValues<RunStatus>())
        {
            foreach (var to in Enum.GetValues<RunStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<StepStatus, StepStatus> StepPairs()
    {
        var data = new TheoryData<StepStatus, StepStatus>();
        foreach (var from in Enum.GetValues<StepStatus>())
        {
            foreach (var to in Enum.GetValues<StepStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RunPairs))]
    public void Run_EveryPair_IsLegalExactlyWhenListedAndIllegalOnesThrowNamingBoth(RunStatus from, RunStatus to)
    {
        if (s_legalRun.Contains((from, to)))
        {
            Assert.Equal(to, RunTransitions.Run(from, to));
            return;
        }

        var error = Assert.Throws<IllegalRunTransitionException>(() => RunTransitions.Run(from, to));
        Assert.Contains(RunStatusNames.ToWireName(from) + " -> " + RunStatusNames.ToWireName(to), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StepPairs))]
    public void Step_EveryPair_IsLegalExactlyWhenListedAndIllegalOnesThrowNamingBoth(StepStatus from, StepStatus to)
    {
        if (s_legalStep.Contains((from, to)))
        {
            Assert.Equal(to, RunTransitions.Step(from, to));
            return;
        }

        var error = Assert.Throws<IllegalRunTransitionException>(() => RunTransitions.Step(from, to));
        Assert.Contains(StepStatusNames.ToWireName(from) + " -> " + StepStatusNames.ToWireName(to), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunStatus.Failed)]
    [InlineData(RunStatus.RolledBack)]
    [InlineData(RunStatus.RollbackFailed)]
    [InlineData(RunStatus.Canceled)]
    public void Run_FromFinalStatus_GoesNowhere(RunStatus from)
    {
        Assert.True(RunTransitions.IsTerminal(from));
        Assert.All(Enum.GetValues<RunStatus>(), to => Assert.False(RunTransitions.IsLegal(from, to)));
    }

    [Fact]
    public void StepStatusNames_EveryStatus_RoundTripsAndUnknownNamesFail()
    {
        foreach (var status in Enum.GetValues<StepStatus>())
        {
            Assert.True(StepStatusNames.TryParse(StepStatusNames.ToWireName(status), out var parsed));
            Assert.Equal(status, parsed);
        }

        Assert.Equal("waiting_to_retry", StepStatusNames.ToWireName(StepStatus.WaitingToRetry));
        Assert.False(StepStatusNames.TryParse("Running", out _));
        Assert.False(StepStatusNames.TryParse(null, out _));
    }
}
