using System.Net;
using JobForge.Application.Steps.Handlers.Http;

namespace JobForge.Server.Tests.Steps;

/// <summary>Issue 17: a test per row of the egress table, on addresses as data (nothing is sent anywhere).</summary>
public sealed class EgressRangesTests
{
    // Row (its CIDR), an address inside it, and the expected refusal (null: allowed).
    public static TheoryData<string, string, string?> Rows => new()
    {
        { "0.0.0.0/8", "0.1.2.3", "unspecified" },
        { "10.0.0.0/8", "10.255.0.1", "private" },
        { "100.64.0.0/10", "100.100.1.1", "private" },
        { "127.0.0.0/8", "127.8.9.10", "loopback" },
        { "169.254.0.0/16", "169.254.169.254", "link_local" },
        { "172.16.0.0/12", "172.20.0.1", "private" },
        { "192.0.0.0/24", "192.0.0.170", "reserved" },
        { "192.0.2.0/24", "192.0.2.10", "documentation" },
        { "192.31.196.0/24", "192.31.196.1", "reserved" },
        { "192.52.193.0/24", "192.52.193.1", "reserved" },
        { "192.88.99.0/24", "192.88.99.1", "reserved" },
        { "192.168.0.0/16", "192.168.77.1", "private" },
        { "192.175.48.0/24", "192.175.48.1", "reserved" },
        { "198.18.0.0/15", "198.19.255.1", "reserved" },
        { "198.51.100.0/24", "198.51.100.7", "documentation" },
        { "203.0.113.0/24", "203.0.113.99", "documentation" },
        { "224.0.0.0/4", "239.1.1.1", "multicast" },
        { "240.0.0.0/4", "255.255.255.255", "reserved" },
        { "0.0.0.0/0", "8.8.8.8", null },
        { "::/128", "::", "unspecified" },
        { "::1/128", "::1", "loopback" },
        { "::ffff:0:0/96", "::ffff:192.0.2.1", "documentation" },
        { "::/96", "::8.8.8.8", "reserved" },
        { "64:ff9b::/96", "64:ff9b::198.51.100.1", "documentation" },
        { "64:ff9b:1::/48", "64:ff9b:1::8.8.8.8", "private" },
        { "100::/64", "100::1", "reserved" },
        { "100:0:0:1::/64", "100:0:0:1::1", "reserved" },
        { "2001::/23", "2001::1", "reserved" },
        { "2001:db8::/32", "2001:db8::1", "documentation" },
        { "2002::/16", "2002:cb00:7101::1", "documentation" },
        { "3fff::/20", "3fff::1", "documentation" },
        { "5f00::/16", "5f00::1", "reserved" },
        { "2000::/3", "2606:4700:4700::1111", null },
        { "fc00::/7", "fd12:3456::1", "private" },
        { "fe80::/10", "fe80::1", "link_local" },
        { "fec0::/10", "fec0::1", "private" },
        { "ff00::/8", "ff02::1", "multicast" },
        { "::/0", "4000::1", "reserved" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RefusalOf_AnAddressInEachRow_IsThatRowsReason(string row, string address, string? refusal)
    {
        var parsed = IPAddress.Parse(address);
        var table = parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? EgressRanges.IPv4 : EgressRanges.IPv6;

        Assert.Equal(row, table.First(range => range.Contains(parsed.GetAddressBytes())).Cidr);
        Assert.Equal(refusal, EgressRules.RefusalOf(parsed));
    }

    [Fact]
    public void Rows_EveryRowOfTheTable_HasItsTest()
    {
        var tested = Rows.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        var untested = EgressRanges.IPv4.Concat(EgressRanges.IPv6).Select(range => range.Cidr).Where(cidr => !tested.Contains(cidr)).ToList();

        Assert.True(untested.Count == 0, "rows without a test: " + string.Join(", ", untested));
    }

    [Theory]
    [InlineData("192.0.1.255", null)]
    [InlineData("192.0.3.0", null)]
    [InlineData("198.17.255.255", null)]
    [InlineData("198.20.0.0", null)]
    [InlineData("100.63.255.255", null)]
    [InlineData("223.255.255.255", null)]
    [InlineData("::ffff:8.8.8.8", null)]
    [InlineData("64:ff9b::8.8.8.8", null)]
    [InlineData("2002:0808:0808::1", null)]
    [InlineData("2001:200::1", null)]
    [InlineData("2001:db7:ffff::1", null)]
    [InlineData("2002:c0a8:0101::1", "private")]
    [InlineData("64:ff9b::127.0.0.1", "loopback")]
    [InlineData("::ffff:203.0.113.5", "documentation")]
    public void RefusalOf_RangeEdgesAndEmbeddedAddresses_AreJudgedExactly(string address, string? refusal) =>
        Assert.Equal(refusal, EgressRules.RefusalOf(IPAddress.Parse(address)));
}
