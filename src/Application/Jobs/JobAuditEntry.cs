namespace JobForge.Application.Jobs;

/// <summary>One audit record a submission asks its host to write (HTTP: with the request's caller and trace).</summary>
/// <param name="Action">The audit action, e.g. <c>job_request</c>.</param>
/// <param name="Decision"><c>allow</c> or <c>deny</c>.</param>
/// <param name="Reason">The stable reason code.</param>
/// <param name="Details">Small details.</param>
/// <param name="ActorId">The actor, if any.</param>
public sealed record JobAuditEntry(string Action, string Decision, string Reason, IReadOnlyDictionary<string, string> Details, string? ActorId);
