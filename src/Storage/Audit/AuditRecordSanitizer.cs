using JobForge.Domain.Audit;
using JobForge.Domain.Events;

namespace JobForge.Storage.Audit;

/// <summary>
/// What every audit store does to a record before keeping it: sensitive detail names (by
/// <see cref="SensitiveFieldRedactor.IsSensitiveName"/>: <c>password</c>, <c>token</c>, <c>api_key</c>,
/// <c>authorization</c>, …) and credential-looking values (<c>Bearer …</c>, <c>Basic …</c>) become
/// <see cref="PayloadRedactor.RedactedMarker"/>; control characters and lone surrogates become U+FFFD; each detail value
/// is capped at <see cref="MaxValueLength"/>, each key at <see cref="MaxKeyLength"/>, the other fields at
/// <see cref="MaxFieldLength"/>, and at most <see cref="MaxDetails"/> details are kept (the last slot then says how
/// many were dropped under <see cref="TruncatedKey"/>). A tenant id that is not storage-safe is kept under
/// <see cref="AuditRecord.SystemTenant"/> with the (cleaned) claim in <see cref="ClaimedTenantKey"/>.
/// So no raw request body, secret or unbounded string reaches storage.
/// </summary>
public static partial class AuditRecordSanitizer
{
    /// <summary>The most details kept per record.</summary>
    public const int MaxDetails = 32;

    /// <summary>The longest detail value kept; longer ones are cut and end with an ellipsis.</summary>
    public const int MaxValueLength = 512;

    /// <summary>The longest detail key kept.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>The longest action, reason, key id, actor id or trace id kept.</summary>
    public const int MaxFieldLength = 128;

    /// <summary>The most characters all details may take as JSON, well inside a table property's 32K characters.</summary>
    public const int MaxDetailsJsonLength = 24_000;

    /// <summary>The detail that says how many details were dropped.</summary>
    public const string TruncatedKey = "_truncated";

    /// <summary>The detail holding a tenant id that could not be stored as a partition.</summary>
    public const string ClaimedTenantKey = "claimed_tenant_id";

    /// <summary>The sanitized copy of <paramref name="record"/>, with <see cref="AuditRecord.At"/> in UTC.</summary>
    /// <exception cref="ArgumentException">The action or reason is empty, or the decision is not <c>allow</c> or <c>deny</c>.</exception>
    public static AuditRecord Sanitize(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!AuditQueryLimits.Decisions.Contains(record.Decision, StringComparer.Ordinal))
        {
            throw new ArgumentException("An audit decision is 'allow' or 'deny'.", nameof(record));
        }

        var action = Field(record.Action) ?? throw new ArgumentException("An audit record needs an action.", nameof(record));
        var reason = Field(record.Reason) ?? throw new ArgumentException("An audit record needs a reason.", nameof(record));
        var details = Details(record.Details, out var tenantId, record.TenantId);
        return new AuditRecord(
            tenantId, action, record.Decision, reason, record.At.ToUniversalTime(),
            Field(record.KeyId), Field(record.ActorId), Field(record.TraceId), details);
    }

    /// <summary>Whether <paramref name="tenantId"/> can be a partition of the audit trail.</summary>
    public static bool IsStorableTenant(string? tenantId) =>
        tenantId == AuditRecord.SystemTenant || StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength);

    private static Dictionary<string, string> Details(
        IReadOnlyDictionary<string, string>? source, out string tenantId, string? claimedTenant)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        tenantId = claimedTenant ?? AuditRecord.SystemTenant;
        if (!IsStorableTenant(claimedTenant))
        {
            tenantId = AuditRecord.SystemTenant;
            if (!string.IsNullOrEmpty(claimedTenant))
            {
                details[ClaimedTenantKey] = Clean(claimedTenant, StorageSafeId.MaxScopeIdLength);
            }
        }

        if (source is null)
        {
            return details;
        }

        var dropped = 0;
        var budget = details.Sum(pair => JsonLength(pair.Key) + JsonLength(pair.Value));
        foreach (var (rawKey, rawValue) in source)
        {
            var key = Clean(rawKey ?? string.Empty, MaxKeyLength);
            key = key.Length == 0 ? "_" : key;
            if (details.ContainsKey(key))
            {
                continue;
            }

            var value = IsSensitive(rawKey ?? string.Empty, rawValue) ? PayloadRedactor.RedactedMarker : Clean(rawValue ?? string.Empty, MaxValueLength);
            var length = JsonLength(key) + JsonLength(value);
            if (details.Count >= MaxDetails - 1 || budget + length > MaxDetailsJsonLength)
            {
                dropped++;
                continue;
            }

            budget += length;
            details[key] = value;
        }

        if (dropped > 0)
        {
            details[TruncatedKey] = dropped.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more details dropped";
        }

        return details;
    }

    // Quoted, with a separator; quotes and backslashes escape to two characters (control characters are already gone).
    private static int JsonLength(string text) => text.Length + 3 + text.Count(c => c is '"' or '\\');

    private static bool IsSensitive(string key, string? value) =>
        SensitiveFieldRedactor.IsSensitiveName(key)
        || (value is not null && (value.TrimStart().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || value.TrimStart().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)));

    private static string? Field(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Clean(value, MaxFieldLength);
    }
}
