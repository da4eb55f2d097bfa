namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>What running one process came to.</summary>
/// <param name="End">How it ended.</param>
/// <param name="ExitCode">Its exit code (meaningful when <see cref="End"/> is <see cref="ProcessEnd.Exited"/>).</param>
/// <param name="Duration">From start to exit, by the handler's <see cref="TimeProvider"/>.</param>
internal sealed record ProcessOutcome(ProcessEnd End, int ExitCode, TimeSpan Duration);
