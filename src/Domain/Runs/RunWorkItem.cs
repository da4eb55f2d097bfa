namespace JobForge.Domain.Runs;

/// <summary>
/// An entry of the work index: a run that is not finished, and when it next needs a worker (now for runnable runs,
/// a timer or approval deadline for parked ones). Recovery scans it; a crash therefore never loses a run.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="RunId">The run.</param>
/// <param name="DueAt">When the run next needs attention.</param>
public sealed record RunWorkItem(string TenantId, string RunId, DateTimeOffset DueAt);
