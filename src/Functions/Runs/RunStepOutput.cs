namespace JobForge.Functions.Runs;

/// <summary>
/// The step activity's answer: the attempt's outcome, and whether the activity already carried out its decision
/// (state saved, lifecycle events published, and for the last decision the run finished).
/// </summary>
/// <param name="Event">The outcome to decide; null when the attempt was not run because the run's row had already moved past it.</param>
public sealed record RunStepOutput(DurableRunEvent? Event)
{
    /// <summary>The decision of <see cref="Event"/> on the input state is saved and its lifecycle events published.</summary>
    public bool Decided { get; init; }

    /// <summary>That decision completed the run: evidence finished and its work entry removed.</summary>
    public bool Finished { get; init; }

    /// <summary>Signals wait in the run's inbox (an event may have been lost): the orchestrator takes them.</summary>
    public bool SignalsWaiting { get; init; }
}
