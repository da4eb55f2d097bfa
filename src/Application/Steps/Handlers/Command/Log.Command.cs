namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// Command step log events (ids 2400–2449). Run, step and executable names, exit codes and durations only: never
/// arguments, environment values or output, which may hold secrets.
/// </summary>
internal static partial class CommandStepLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Step {StepId} of run {RunId} runs {Executable}")]
    public static partial void Starting(ILogger logger, string runId, string stepId, string executable);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Step {StepId} of run {RunId}: {Executable} exited with {ExitCode} after {DurationMs} ms")]
    public static partial void Exited(ILogger logger, string runId, string stepId, string executable, int exitCode, long durationMs);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "Step {StepId} of run {RunId}: {Executable} was killed ({Reason}) after {DurationMs} ms")]
    public static partial void Killed(ILogger logger, string runId, string stepId, string executable, string reason, long durationMs);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Warning, Message = "Step {StepId} of run {RunId}: {Executable} could not be started")]
    public static partial void StartFailed(ILogger logger, string runId, string stepId, string executable);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Warning, Message = "Killing the process tree of process {ProcessId} failed")]
    public static partial void KillFailed(ILogger logger, int processId, Exception exception);

    [LoggerMessage(EventId = 2405, Level = LogLevel.Information, Message = "Verify pack {Pack} of step {StepId} of run {RunId}: passed {Passed} after {StageCount} stages")]
    public static partial void PackFinished(ILogger logger, string runId, string stepId, string pack, bool passed, int stageCount);

    [LoggerMessage(EventId = 2406, Level = LogLevel.Warning, Message = "Command steps run WITHOUT a sandbox: {Key} is None; a step can read whatever the server can")]
    public static partial void Unsandboxed(ILogger logger, string key);
}
