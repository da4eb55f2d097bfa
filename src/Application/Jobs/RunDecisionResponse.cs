namespace JobForge.Application.Jobs;

/// <summary>The answer to approve, reject, cancel and rollback: the signal is recorded and the engine applies it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Status">The run's status when the signal was recorded.</param>
/// <param name="Accepted">The signal: <c>approve</c>, <c>reject</c>, <c>cancel</c> or <c>rollback</c>.</param>
public sealed record RunDecisionResponse(string RunId, string Status, string Accepted);
