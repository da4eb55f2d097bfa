using JobForge.Domain.Runs;

namespace JobForge.Server.Runs;

/// <summary>
/// An event this worker produced (a step's outcome, a timer) with the state it was decided on. When the save finds
/// signals in the inbox, they were accepted before this event was stored, so they are decided first and the event is
/// decided again on top of them (<see cref="Rebase"/>): a cancel accepted while a delay waited wins over the delay's
/// timer, and the next step never starts.
/// </summary>
internal sealed class LocalDecision(RunEvent @event, RunState basis, IReadOnlyList<RunCommand> commands)
{
    public RunEvent Event { get; } = @event;

    /// <summary>The state before <see cref="Event"/>: the last one saved, plus any signals decided since.</summary>
    public RunState Basis { get; private set; } = basis;

    /// <summary>The commands <see cref="Event"/> decided, to carry out once the state is saved.</summary>
    public IReadOnlyList<RunCommand> Commands { get; private set; } = commands;

    /// <summary>Whether the decision ends the run (its save may then release the lease).</summary>
    public bool Finishes => Commands.Any(command => command is CompleteRun);

    /// <summary>Decides <paramref name="signals"/> before the event; their commands go to <paramref name="pending"/>. Returns the new state.</summary>
    public RunState Rebase(RunPlan plan, IEnumerable<RunSignal> signals, Queue<RunCommand> pending)
    {
        var state = Basis;
        foreach (var signal in signals)
        {
            var decision = RunDecider.Decide(plan, state, signal.ToEvent());
            state = decision.State;
            foreach (var command in decision.Commands)
            {
                pending.Enqueue(command);
            }
        }

        Basis = state;
        var again = RunDecider.Decide(plan, state, Event);
        Commands = again.Commands;
        return again.State;
    }
}
