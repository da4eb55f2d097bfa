using JobForge.Domain.Steps;

namespace JobForge.Domain.Runs;

/// <summary>
/// What just happened to a run, fed to <c>RunDecider.Decide</c>. Every event carries the instant it happened (the
/// host's clock); randomness (retry jitter) comes in as data.
/// </summary>
/// <param name="At">When it happened.</param>
public abstract record RunEvent(DateTimeOffset At);

/// <summary>The engine picked the run up for the first time.</summary>
public sealed record RunStarted(DateTimeOffset At) : RunEvent(At);

/// <summary>An attempt of a step succeeded.</summary>
public sealed record StepSucceeded(DateTimeOffset At, string StepId, int Attempt, string OutputsJson, long DurationMs) : RunEvent(At);

/// <summary>An attempt of a step failed. <paramref name="Jitter"/> in [0, 1) spreads the retry delay.</summary>
public sealed record StepFailed(DateTimeOffset At, string StepId, int Attempt, StepFailure Failure, long DurationMs, double Jitter) : RunEvent(At);

/// <summary>The run's timer (<see cref="RunState.WakeAt"/>) came due.</summary>
public sealed record TimerFired(DateTimeOffset At) : RunEvent(At);

/// <summary>An approver decided on the step (or run) that awaits approval.</summary>
public sealed record ApprovalReceived(DateTimeOffset At, ApprovalDecision Decision) : RunEvent(At);

/// <summary>Someone asked to cancel the run.</summary>
public sealed record CancelRequested(DateTimeOffset At, CancelRequest Request) : RunEvent(At);

/// <summary>Someone asked to roll back a succeeded run (manual rollback).</summary>
public sealed record RollbackRequested(DateTimeOffset At, string By) : RunEvent(At);

/// <summary>A compensation attempt succeeded (for the step <paramref name="StepId"/> it undoes).</summary>
public sealed record CompensationSucceeded(DateTimeOffset At, string StepId, int Attempt, long DurationMs) : RunEvent(At);

/// <summary>A compensation attempt failed. <paramref name="Jitter"/> in [0, 1) spreads the retry delay.</summary>
public sealed record CompensationFailed(DateTimeOffset At, string StepId, int Attempt, StepFailure Failure, long DurationMs, double Jitter) : RunEvent(At);

/// <summary>A worker took the run over after a crash: the in-flight step's delivery count grows by one.</summary>
public sealed record StepRedelivered(DateTimeOffset At) : RunEvent(At);

/// <summary>The host lost the run's lease: it stops working on it (another worker continues).</summary>
public sealed record LeaseLost(DateTimeOffset At) : RunEvent(At);
