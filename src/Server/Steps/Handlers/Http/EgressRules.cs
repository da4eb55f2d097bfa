using System.Net;
using System.Net.Sockets;

namespace JobForge.Server.Steps.Handlers.Http;

/// <summary>
/// Where steps may send requests: the host allow list and the address classes refused unless private networks are
/// allowed. Addresses are checked after DNS resolution, and IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6 forms
/// are judged by the IPv4 address they carry.
/// </summary>
internal static class EgressRules
{
    /// <summary>Whether <paramref name="pattern"/> is a usable allow-list entry.</summary>
    public static bool IsValidHostPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return false;
        }

        var host = Normalize(pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern);
        return host.Length > 0 && (IPAddress.TryParse(host, out _) || Uri.CheckHostName(host) == UriHostNameType.Dns);
    }

    /// <summary>Whether <paramref name="host"/> (a URI's host) matches an entry of <paramref name="allowed"/>.</summary>
    public static bool IsHostAllowed(string host, IEnumerable<string> allowed)
    {
        var normalized = Normalize(host);
        foreach (var entry in allowed)
        {
            if (entry.StartsWith("*.", StringComparison.Ordinal))
            {
                var suffix = "." + Normalize(entry[2..]);
                if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (string.Equals(normalized, Normalize(entry), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A host in comparable form: lowercase, without IPv6 brackets or a trailing dot.</summary>
    public static string Normalize(string host)
    {
        var trimmed = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            trimmed = trimmed[1..^1];
        }

        return IPAddress.TryParse(trimmed, out var address) ? address.ToString() : trimmed;
    }

    /// <summary>Why <paramref name="address"/> is refused (<c>loopback</c>, <c>private</c>, …), or null when it is public.</summary>
    public static string? RefusalOf(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
        {
            address = embedded;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => RefusalOfIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => RefusalOfIPv6(address),
            _ => "unsupported",
        };
    }

    private static string? RefusalOfIPv4(byte[] b) => b switch
    {
        [0, ..] => "unspecified",
        [127, ..] => "loopback",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [100, >= 64 and <= 127, ..] => "private",
        [169, 254, ..] => "link_local",
        [192, 0, 0, _] or [198, 18 or 19, ..] => "reserved",
        [>= 224 and <= 239, ..] => "multicast",
        [>= 240, ..] => "reserved",
        _ => null,
    };

    private static string? RefusalOfIPv6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "loopback";
        }

        return b[0] switch
        {
            0xff => "multicast",
            0xfc or 0xfd => "private",
            0xfe when (b[1] & 0xc0) == 0x80 => "link_local",
            0xfe when (b[1] & 0xc0) == 0xc0 => "private", // deprecated site-local fec0::/10
            _ => null,
        };
    }

    // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64) and 2002:aabb:ccdd:: (6to4).
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var b = address.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback))
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        return b is [0x20, 0x02, ..] ? new IPAddress(b.AsSpan(2, 4)) : null;
    }
}
