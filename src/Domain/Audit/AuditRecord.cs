namespace JobForge.Domain.Audit;

/// <summary>
/// One allow or deny decision, as stored in the audit trail. Values must already be redacted: no secrets, no PII.
/// </summary>
/// <param name="TenantId">The tenant the decision concerns; <see cref="SystemTenant"/> when none is known (e.g. a bad API key).</param>
/// <param name="Action">What was decided on: <c>event_ingest</c>, <c>rate_limit_hit</c>, <c>replay_detected</c>, <c>authentication_failed</c>, <c>api_key_created</c>, …</param>
/// <param name="Decision"><c>allow</c> or <c>deny</c>.</param>
/// <param name="Reason">A stable reason code, e.g. <c>accepted</c>, <c>duplicate</c>, <c>invalid_api_key</c>.</param>
/// <param name="At">When the decision was made.</param>
/// <param name="KeyId">The calling API key's id, if known.</param>
/// <param name="ActorId">The actor, if known.</param>
/// <param name="TraceId">The request's trace id.</param>
/// <param name="Details">Small, redacted key/value details (event id, event type, path, limit…).</param>
public sealed record AuditRecord(
    string TenantId,
    string Action,
    string Decision,
    string Reason,
    DateTimeOffset At,
    string? KeyId = null,
    string? ActorId = null,
    string? TraceId = null,
    IReadOnlyDictionary<string, string>? Details = null)
{
    /// <summary>The tenant under which decisions that belong to no tenant are kept (operators can read them).</summary>
    public const string SystemTenant = "_system";
}
