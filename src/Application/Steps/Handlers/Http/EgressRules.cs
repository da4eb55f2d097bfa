using System.Net;
using System.Net.Sockets;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// Where steps may send requests: the host allow list and the address classes refused unless private networks are
/// allowed (<see cref="EgressRanges"/>: everything but global unicast). Addresses are checked after DNS resolution and
/// at every redirect hop, and IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6 forms are judged by the IPv4 address
/// they carry.
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

    /// <summary>
    /// Why <paramref name="address"/> is refused (<c>loopback</c>, <c>private</c>, <c>link_local</c>,
    /// <c>documentation</c>, <c>multicast</c>, <c>reserved</c>, <c>unspecified</c>), or null when it is global unicast:
    /// the first matching row of <see cref="EgressRanges"/> decides.
    /// </summary>
    public static string? RefusalOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var bytes = address.GetAddressBytes();
        var table = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => EgressRanges.IPv4,
            AddressFamily.InterNetworkV6 => EgressRanges.IPv6,
            _ => null,
        };
        if (table is null)
        {
            return "unsupported";
        }

        var row = table.First(range => range.Contains(bytes));
        if (row.EmbedsIPv4At is { } offset)
        {
            return RefusalOf(new IPAddress(bytes.AsSpan(offset, 4))) ?? row.Refusal;
        }

        return row.Refusal;
    }
}
