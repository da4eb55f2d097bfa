namespace JobForge.Domain.Runs;

/// <summary>Makes the first <see cref="RunState"/> of a run.</summary>
public static class RunStateFactory
{
    /// <summary>A <see cref="RunStatus.Queued"/> run with every forward step of <paramref name="plan"/> <see cref="StepStatus.Pending"/>, sequence 0.</summary>
    public static RunState Initial(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new RunState { Steps = plan.Steps.Select(step => new StepState(step.Id, step.Uses)).ToList() };
    }
}
