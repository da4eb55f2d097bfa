namespace JobForge.Application.Jobs;

/// <summary>The answer to a job request: 202 for a new run, 200 for an idempotent replay.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Status">The run's status (<c>queued</c> when new).</param>
/// <param name="TraceId">The run's trace id.</param>
public sealed record JobAcceptedResponse(string RunId, string Status, string TraceId);
