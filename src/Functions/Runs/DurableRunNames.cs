namespace JobForge.Functions.Runs;

/// <summary>The names the run orchestration, its activities and its external event are registered and called under.</summary>
public static class DurableRunNames
{
    /// <summary>The run orchestrator; its instance id is the run id.</summary>
    public const string Orchestration = "JobForgeRun";

    /// <summary>One attempt of a step or compensation, with the state save, lifecycle events and evidence folded in.</summary>
    public const string StepActivity = "JobForgeRunStep";

    /// <summary>Saves a state the orchestrator decided by itself (timer, signal), publishes, and finishes a run.</summary>
    public const string PersistActivity = "JobForgeRunPersist";

    /// <summary>Takes the signals (approve, reject, cancel, rollback) out of the run's inbox.</summary>
    public const string TakeSignalsActivity = "JobForgeRunTakeSignals";

    /// <summary>Reads the run's stored state (a finished run restarted for a manual rollback).</summary>
    public const string LoadActivity = "JobForgeRunLoad";

    /// <summary>Signals the attempt in flight to stop (cancel).</summary>
    public const string CancelStepActivity = "JobForgeRunCancelStep";

    /// <summary>The external event the signal endpoints raise after appending to the run's inbox (no payload needed).</summary>
    public const string SignalEvent = "jobforge.run.signal";
}
