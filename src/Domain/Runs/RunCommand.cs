namespace JobForge.Domain.Runs;

/// <summary>What the host must do after a decision. Commands are data; the host carries them out in order.</summary>
public abstract record RunCommand;

/// <summary>Execute attempt <paramref name="Attempt"/> of step <paramref name="StepId"/> through the step runner.</summary>
public sealed record ExecuteStep(string StepId, int Attempt, TimeSpan Timeout) : RunCommand
{
    /// <summary>The attempt's idempotency key: <c>run:step:attempt</c> (the host prefixes the run id).</summary>
    public string IdempotencySuffix => $"{StepId}:{Attempt}";
}

/// <summary>Execute the compensation step <paramref name="CompensationStepId"/> that undoes <paramref name="StepId"/>.</summary>
public sealed record ExecuteCompensation(string StepId, string CompensationStepId, int Attempt, TimeSpan Timeout) : RunCommand;

/// <summary>Feed a <see cref="TimerFired"/> at <paramref name="At"/> (durable timer).</summary>
public sealed record ScheduleTimer(DateTimeOffset At) : RunCommand;

/// <summary>The run now waits for an approval of <paramref name="StepId"/> (null: the run itself) until <paramref name="Deadline"/>.</summary>
public sealed record AwaitApproval(string? StepId, DateTimeOffset Deadline) : RunCommand;

/// <summary>Signal the in-flight attempt of <paramref name="StepId"/> to stop (cancel).</summary>
public sealed record CancelInFlightStep(string StepId) : RunCommand;

/// <summary>Publish a lifecycle event such as <c>jobforge.run.started</c> (see <see cref="RunLifecycleEvents"/>).</summary>
public sealed record PublishLifecycleEvent(string EventType) : RunCommand;

/// <summary>The run reached the terminal <paramref name="Status"/>: finish its manifest and replay bundle.</summary>
public sealed record CompleteRun(RunStatus Status) : RunCommand;

/// <summary>Stop working on the run here (lease lost); another worker carries on.</summary>
public sealed record AbandonRun : RunCommand;
