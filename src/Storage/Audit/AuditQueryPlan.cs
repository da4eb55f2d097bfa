using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Audit;

namespace JobForge.Storage.Audit;

/// <summary>
/// A validated audit query as row-key bounds, shared by every store so they agree. The cursor is
/// base64url(<c>a1 \n fingerprint \n lastRowKey</c>), where the fingerprint hashes the tenant and the filters: a cursor
/// replayed with another tenant or other filters, or altered, is rejected with <see cref="AuditCursorException"/>.
/// </summary>
internal sealed class AuditQueryPlan
{
    private const string Version = "a1";

    private AuditQueryPlan(string tenantId, AuditQuery query, string fingerprint, string? after)
    {
        TenantId = tenantId;
        Query = query;
        Fingerprint = fingerprint;
        After = after;
        Below = query.Since is { } since ? AuditRowKey.SinceExclusiveUpperBound(since) : null;
        AtOrAbove = query.Until is { } until ? AuditRowKey.UntilInclusiveLowerBound(until) : null;
    }

    public string TenantId { get; }

    public AuditQuery Query { get; }

    public string Fingerprint { get; }

    /// <summary>Only row keys ordinally after this (the cursor's position), if set.</summary>
    public string? After { get; }

    /// <summary>Only row keys ordinally below this (the <c>since</c> bound), if set.</summary>
    public string? Below { get; }

    /// <summary>Only row keys ordinally at or above this (the <c>until</c> bound), if set.</summary>
    public string? AtOrAbove { get; }

    /// <exception cref="ArgumentException">The tenant is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1–1000.</exception>
    /// <exception cref="AuditCursorException">The cursor is malformed or belongs to another tenant or other filters.</exception>
    public static AuditQueryPlan Create(string tenantId, AuditQuery query)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > AuditQueryLimits.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "The limit is 1 to 1000.");
        }

        var fingerprint = FingerprintOf(tenantId, query);
        var after = query.Cursor is null ? null : Decode(query.Cursor, fingerprint);
        return new AuditQueryPlan(tenantId, query, fingerprint, after);
    }

    /// <summary>Whether the row key lies inside the bounds (filters on fields are checked separately).</summary>
    public bool InRange(string rowKey) =>
        (After is null || string.CompareOrdinal(rowKey, After) > 0)
        && (Below is null || string.CompareOrdinal(rowKey, Below) < 0)
        && (AtOrAbove is null || string.CompareOrdinal(rowKey, AtOrAbove) >= 0);

    /// <summary>Whether the record passes the field filters.</summary>
    public bool Matches(AuditRecord record) =>
        (Query.Action is null || string.Equals(record.Action, Query.Action, StringComparison.Ordinal))
        && (Query.Decision is null || string.Equals(record.Decision, Query.Decision, StringComparison.Ordinal));

    /// <summary>The cursor that resumes after <paramref name="lastRowKey"/>.</summary>
    public string CursorAfter(string lastRowKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + "\n" + Fingerprint + "\n" + lastRowKey));

    private static string Decode(string cursor, string fingerprint)
    {
        if (cursor.Length is 0 or > AuditQueryLimits.MaxCursorLength || !Base64Url.IsValid(cursor))
        {
            throw new AuditCursorException();
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new AuditCursorException("The cursor is malformed; start again without a cursor.", ex);
        }

        var parts = text.Split('\n');
        if (parts.Length != 3 || parts[0] != Version || parts[1] != fingerprint || !AuditRowKey.IsValid(parts[2]))
        {
            throw new AuditCursorException();
        }

        return parts[2];
    }

    private static string FingerprintOf(string tenantId, AuditQuery query)
    {
        var text = string.Join('\n',
            tenantId,
            query.Action ?? "\0",
            query.Decision ?? "\0",
            query.Since?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-",
            query.Until?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
