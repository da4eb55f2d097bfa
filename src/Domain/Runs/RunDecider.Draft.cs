namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    /// <summary>The decision being built: a working copy of the state and the commands so far.</summary>
    private sealed class Draft(RunPlan plan, RunState state, DateTimeOffset at)
    {
        public RunPlan Plan { get; } = plan;

        public RunState State { get; set; } = state;

        public DateTimeOffset At { get; } = at;

        public StepState[] Steps { get; } = [.. state.Steps];

        public List<RunCommand> Commands { get; } = [];

        /// <summary>Changes the run's status through the transition table.</summary>
        public void SetRun(RunStatus to) => State = State with { Status = RunTransitions.Run(State.Status, to) };

        /// <summary>Changes step <paramref name="index"/>'s status through the transition table (and any other fields).</summary>
        public void SetStep(int index, StepStatus to, Func<StepState, StepState>? change = null)
        {
            var step = Steps[index];
            step = step with { Status = RunTransitions.Step(step.Status, to) };
            Steps[index] = change is null ? step : change(step);
        }

        /// <summary>Changes step <paramref name="index"/>'s fields other than its status.</summary>
        public void Update(int index, Func<StepState, StepState> change)
        {
            var changed = change(Steps[index]);
            if (changed.Status != Steps[index].Status)
            {
                throw new IllegalRunTransitionException("A step status may only change through RunTransitions.");
            }

            Steps[index] = changed;
        }

        public RunDecision ToDecision() =>
            new(State with { Steps = Steps.ToArray(), Sequence = State.Sequence + 1 }, Commands.ToArray());
    }
}
