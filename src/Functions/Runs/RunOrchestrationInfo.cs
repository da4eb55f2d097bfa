namespace JobForge.Functions.Runs;

/// <summary>Where a run's orchestration instance stands, and when its history last changed (null without an instance).</summary>
/// <param name="Status">Active, finished or none.</param>
/// <param name="LastUpdatedAt">The instance's last update: for an instance waiting on an attempt, when it scheduled it.</param>
public sealed record RunOrchestrationInfo(RunOrchestrationStatus Status, DateTimeOffset? LastUpdatedAt)
{
    /// <summary>No instance.</summary>
    public static RunOrchestrationInfo None { get; } = new(RunOrchestrationStatus.None, null);
}
