using System.Net;
using JobForge.Application.Steps.Handlers.Http;

namespace JobForge.Server.Tests.Steps;

public sealed class EgressRulesTests
{
    [Theory]
    [InlineData("8.8.8.8", null)]
    [InlineData("2606:4700:4700::1111", null)]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("172.32.0.1", null)]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "private")]
    [InlineData("100.127.255.255", "private")]
    [InlineData("100.128.0.1", null)]
    [InlineData("fc00::1", "private")]
    [InlineData("fdff::1", "private")]
    [InlineData("169.254.169.254", "link_local")]
    [InlineData("fe80::1", "link_local")]
    [InlineData("febf::1", "link_local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:192.168.0.1", "private")]
    [InlineData("::127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "link_local")]
    [InlineData("2002:7f00:1::", "loopback")]
    [InlineData("::ffff:8.8.8.8", null)]
    public void RefusalOf_Address_ClassifiesIt(string address, string? refusal) =>
        Assert.Equal(refusal, EgressRules.RefusalOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("api.example.com", "api.example.com", true)]
    [InlineData("API.Example.COM.", "api.example.com", true)]
    [InlineData("a.b.example.com", "*.example.com", true)]
    [InlineData("example.com", "*.example.com", false)]
    [InlineData("badexample.com", "*.example.com", false)]
    [InlineData("example.com.evil.net", "*.example.com", false)]
    [InlineData("[::1]", "::1", true)]
    [InlineData("other.com", "api.example.com", false)]
    public void IsHostAllowed_HostAgainstEntry_Matches(string host, string entry, bool allowed) =>
        Assert.Equal(allowed, EgressRules.IsHostAllowed(host, [entry]));

    [Theory]
    [InlineData("api.example.com", true)]
    [InlineData("*.example.com", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("", false)]
    [InlineData("*", false)]
    [InlineData("http://x.com", false)]
    [InlineData("a b", false)]
    public void IsValidHostPattern_Entry_IsJudged(string entry, bool valid) =>
        Assert.Equal(valid, EgressRules.IsValidHostPattern(entry));
}
