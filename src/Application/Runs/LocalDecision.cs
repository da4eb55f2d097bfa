using JobForge.Domain.Runs;

namespace JobForge.Application.Runs;

/// <summary>
/// An event this worker produced (a step's outcome, a timer) with the state it was decided on. When the save finds
/// signals in the inbox, they were accepted before this event was stored, so they are decided first and the event is
/// decided again on top of them (<see cref="Rebase"/>): a cancel accepted while a delay waited wins over the delay's
/// timer, and the next step never starts.
/// </summary>
internal sealed class LocalDecision(RunEvent @event, RunState basis, IReadOnlyList<RunCommand> commands)
{
    public RunEvent Event { get; } = @event;

    /// <summary>The commands of the signals decided first (replaced by each rebase: the inbox read last holds them all).</summary>
    public IReadOnlyList<RunCommand> SignalCommands { get; private set; } = [];

    /// <summary>The commands <see cref="Event"/> decided, to carry out once the state is saved.</summary>
    public IReadOnlyList<RunCommand> Commands { get; private set; } = commands;

    /// <summary>Whether the decision ends the run with nothing else to do (its save may then release the lease).</summary>
    public bool Finishes => SignalCommands.All(command => command is PublishLifecycleEvent) && Commands.Any(command => command is CompleteRun);

    /// <summary>
    /// Decides <paramref name="inbox"/> (every signal not yet saved, as last read) on the state the event was first
    /// decided on, then the event on top. Returns the new state.
    /// </summary>
    public RunState Rebase(RunPlan plan, IEnumerable<RunSignal> inbox)
    {
        var state = basis;
        var signalCommands = new List<RunCommand>();
        foreach (var signal in inbox)
        {
            var decision = RunDecider.Decide(plan, state, signal.ToEvent());
            state = decision.State;
            signalCommands.AddRange(decision.Commands);
        }

        SignalCommands = signalCommands;
        var again = RunDecider.Decide(plan, state, Event);
        Commands = again.Commands;
        return again.State;
    }
}
