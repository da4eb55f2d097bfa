namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// The one table of address ranges the egress rules refuse unless <c>AllowPrivateNetworks</c> is set: every entry of
/// the IANA IPv4 and IPv6 Special-Purpose Address Registries (and the multicast and reserved blocks), so that only
/// global unicast is reachable. Rows are tried in order and the first match decides; the last row of each family says
/// what everything else is. Translation ranges (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by the IPv4
/// address they carry. docs/security.md lists the table.
/// </summary>
internal static class EgressRanges
{
    /// <summary>The IPv4 rows.</summary>
    public static IReadOnlyList<EgressRange> IPv4 { get; } =
    [
        new("0.0.0.0/8", "unspecified"),          // "this network" (RFC 791)
        new("10.0.0.0/8", "private"),             // RFC 1918
        new("100.64.0.0/10", "private"),          // shared address space, carrier-grade NAT (RFC 6598)
        new("127.0.0.0/8", "loopback"),           // RFC 1122
        new("169.254.0.0/16", "link_local"),      // RFC 3927 (cloud metadata endpoints)
        new("172.16.0.0/12", "private"),          // RFC 1918
        new("192.0.0.0/24", "reserved"),          // IETF protocol assignments (RFC 6890), DS-Lite, NAT64 discovery
        new("192.0.2.0/24", "documentation"),     // TEST-NET-1 (RFC 5737)
        new("192.31.196.0/24", "reserved"),       // AS112-v4 (RFC 7535)
        new("192.52.193.0/24", "reserved"),       // AMT (RFC 7450)
        new("192.88.99.0/24", "reserved"),        // deprecated 6to4 relay anycast (RFC 7526)
        new("192.168.0.0/16", "private"),         // RFC 1918
        new("192.175.48.0/24", "reserved"),       // direct delegation AS112 (RFC 7534)
        new("198.18.0.0/15", "reserved"),         // benchmarking (RFC 2544)
        new("198.51.100.0/24", "documentation"),  // TEST-NET-2 (RFC 5737)
        new("203.0.113.0/24", "documentation"),   // TEST-NET-3 (RFC 5737)
        new("224.0.0.0/4", "multicast"),          // RFC 5771
        new("240.0.0.0/4", "reserved"),           // future use and limited broadcast 255.255.255.255 (RFC 1112, RFC 919)
        new("0.0.0.0/0", null),                   // everything else is global unicast
    ];

    /// <summary>The IPv6 rows.</summary>
    public static IReadOnlyList<EgressRange> IPv6 { get; } =
    [
        new("::/128", "unspecified"),             // RFC 4291
        new("::1/128", "loopback"),               // RFC 4291
        new("::ffff:0:0/96", null, 12),           // IPv4-mapped (RFC 4291): judged by the IPv4 address
        new("::/96", "reserved", 12),             // deprecated IPv4-compatible (RFC 4291): refused, for the IPv4's reason if it has one
        new("64:ff9b::/96", null, 12),            // NAT64 well-known prefix (RFC 6052): judged by the IPv4 address
        new("64:ff9b:1::/48", "private", 12),     // local-use NAT64 (RFC 8215): never global
        new("100::/64", "reserved"),              // discard-only (RFC 6666)
        new("100:0:0:1::/64", "reserved"),        // dummy prefix (RFC 9780)
        new("2001::/23", "reserved"),             // IETF protocol assignments: Teredo, benchmarking, ORCHID, AMT, AS112 (RFC 2928)
        new("2001:db8::/32", "documentation"),    // RFC 3849
        new("2002::/16", null, 2),                // 6to4 (RFC 3056): judged by the IPv4 address
        new("3fff::/20", "documentation"),        // RFC 9637
        new("5f00::/16", "reserved"),             // SRv6 SIDs (RFC 9602)
        new("2000::/3", null),                    // global unicast
        new("fc00::/7", "private"),               // unique local (RFC 4193)
        new("fe80::/10", "link_local"),           // RFC 4291
        new("fec0::/10", "private"),              // deprecated site-local (RFC 3879)
        new("ff00::/8", "multicast"),             // RFC 4291
        new("::/0", "reserved"),                  // everything outside 2000::/3 is unassigned or special
    ];
}
