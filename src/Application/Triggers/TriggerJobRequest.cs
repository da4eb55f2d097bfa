namespace JobForge.Application.Triggers;

/// <summary>What requesting a trigger's job did.</summary>
/// <param name="Outcome"><c>queued</c>, <c>replayed</c>, <c>would_request</c> (dry run) or <c>failed:{reason}</c>.</param>
/// <param name="RunId">The run, when one exists.</param>
public sealed record TriggerJobRequest(string Outcome, string? RunId);
