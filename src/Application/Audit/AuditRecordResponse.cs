using System.Text.Json.Serialization;
using JobForge.Domain.Audit;

namespace JobForge.Application.Audit;

/// <summary>One audit record on the wire; absent ids are <c>null</c>, details an object (possibly empty).</summary>
/// <param name="TenantId">The tenant, or <c>_system</c>.</param>
/// <param name="Action">What was decided on, e.g. <c>event_ingest</c>.</param>
/// <param name="Decision"><c>allow</c> or <c>deny</c>.</param>
/// <param name="Reason">The stable reason code.</param>
/// <param name="At">When, in UTC.</param>
/// <param name="KeyId">The calling API key's id.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="TraceId">The request's trace id.</param>
/// <param name="Details">Redacted, bounded key/value details.</param>
public sealed record AuditRecordResponse(
    string TenantId,
    string Action,
    string Decision,
    string Reason,
    DateTimeOffset At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? KeyId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ActorId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? TraceId,
    IReadOnlyDictionary<string, string> Details)
{
    /// <summary>The wire form of <paramref name="record"/>.</summary>
    public static AuditRecordResponse From(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AuditRecordResponse(
            record.TenantId, record.Action, record.Decision, record.Reason, record.At,
            record.KeyId, record.ActorId, record.TraceId, record.Details ?? new Dictionary<string, string>());
    }
}
