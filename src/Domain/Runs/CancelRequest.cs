namespace JobForge.Domain.Runs;

/// <summary>A request to cancel a run.</summary>
/// <param name="By">Who asked.</param>
/// <param name="At">When.</param>
/// <param name="Rollback">Whether completed steps are compensated.</param>
public sealed record CancelRequest(string By, DateTimeOffset At, bool Rollback);
