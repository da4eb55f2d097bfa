using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Events;

namespace JobForge.Storage.Events;

/// <summary>
/// The opaque <c>cursor</c> of an event listing: a store-specific resume position, bound to the tenant and the filters by
/// a SHA-256 check value, base64url-encoded. The check catches tampering, truncation and reuse with another tenant or
/// other filters; it is not a secret (a forged position can only point inside the caller's own partition, because
/// every query is scoped to the tenant anyway).
/// </summary>
internal static class EventCursor
{
    private const byte Version = 1;
    private const int CheckLength = 16;

    public static string Encode(string tenantId, EventListQuery query, string position)
    {
        var positionBytes = Encoding.UTF8.GetBytes(position);
        var bytes = new byte[1 + CheckLength + positionBytes.Length];
        bytes[0] = Version;
        Check(tenantId, query, positionBytes).CopyTo(bytes.AsSpan(1));
        positionBytes.CopyTo(bytes.AsSpan(1 + CheckLength));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position in <paramref name="cursor"/>.</summary>
    /// <exception cref="InvalidCursorException">The cursor was not issued for this tenant and these filters.</exception>
    public static string Decode(string tenantId, EventListQuery query, string cursor)
    {
        if (cursor.Length is 0 or > EventListQuery.MaxCursorLength || !Base64Url.IsValid(cursor))
        {
            throw new InvalidCursorException();
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        if (bytes.Length < 1 + CheckLength || bytes[0] != Version)
        {
            throw new InvalidCursorException();
        }

        var position = bytes.AsSpan(1 + CheckLength);
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(1, CheckLength), Check(tenantId, query, position)))
        {
            throw new InvalidCursorException();
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(position);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidCursorException("The cursor is not valid for this listing; start again without a cursor.", ex);
        }
    }

    private static byte[] Check(string tenantId, EventListQuery query, ReadOnlySpan<byte> position)
    {
        var scope = string.Join('\n',
            "jobforge-event-cursor",
            tenantId,
            query.EventType ?? "-",
            query.SourceApp is { } app ? EventWireNames.ToWireName(app) : "-",
            query.SourceModule is { } module ? EventWireNames.ToWireName(module) : "-",
            query.ProjectId ?? "-",
            query.Since?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-",
            query.Until?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-",
            query.ReceivedSince?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-",
            query.ReceivedUntil?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-",
            string.Empty);
        var scopeBytes = Encoding.UTF8.GetBytes(scope);
        var all = new byte[scopeBytes.Length + position.Length];
        scopeBytes.CopyTo(all, 0);
        position.CopyTo(all.AsSpan(scopeBytes.Length));
        return SHA256.HashData(all)[..CheckLength];
    }
}
