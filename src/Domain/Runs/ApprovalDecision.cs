namespace JobForge.Domain.Runs;

/// <summary>An approver's decision on a step (or the run, for templates that require approval).</summary>
/// <param name="Approved">True for approve, false for reject.</param>
/// <param name="By">The approver (API key id or actor).</param>
/// <param name="At">When it was decided.</param>
/// <param name="Comment">An optional reason, at most 1,000 characters.</param>
public sealed record ApprovalDecision(bool Approved, string By, DateTimeOffset At, string? Comment = null);
