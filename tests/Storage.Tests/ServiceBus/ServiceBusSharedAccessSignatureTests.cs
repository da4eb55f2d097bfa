using System.Globalization;
using System.Net;
using Azure;
using JobForge.Storage.ServiceBus;
using JobForge.TestKit.Time;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusSharedAccessSignatureTests
{
    [Fact]
    public async Task SendAsync_WithTheRightKey_CarriesASignatureTheListenerRecomputes()
    {
        var time = new ManualTimeProvider();
        using var bus = ServiceBusTestSenders.StartSasListener(time);

        await ServiceBusTestSenders.SasSender(bus, ServiceBusTestSenders.FastRetries(time)).SendAsync(ServiceBusTestSenders.Event("evt-1"));

        var request = Assert.Single(bus.Requests);
        Assert.Null(request.AuthorizationFailure);
        var fields = request.SignatureFields;
        Assert.Equal(bus.Endpoint.AbsoluteUri + "jobforge-events", WebUtility.UrlDecode(fields["sr"]));
        Assert.Equal(WebUtility.UrlEncode(bus.Endpoint.AbsoluteUri + "jobforge-events"), fields["sr"]);
        Assert.Equal(ServiceBusTestSenders.KeyName, WebUtility.UrlDecode(fields["skn"]));
        Assert.Equal(time.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), fields["se"]);
        Assert.Equal(LoopbackAuthorization.Sign(ServiceBusTestSenders.Key, fields["sr"], fields["se"]), WebUtility.UrlDecode(fields["sig"]));
    }

    [Fact]
    public async Task SendAsync_ListenerWithAnotherKey_FailsWith401AndIsNotRetried()
    {
        using var bus = ServiceBusTestSenders.StartSasListener(key: "some-other-key");
        var sender = ServiceBusTestSenders.SasSender(bus);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => sender.SendAsync(ServiceBusTestSenders.Event("evt-1")));

        Assert.Equal(401, error.Status);
        Assert.Equal("401", error.ErrorCode);
        var request = Assert.Single(bus.Requests);
        Assert.Equal("signature mismatch", request.AuthorizationFailure);
        Assert.DoesNotContain(ServiceBusTestSenders.Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(request.SignatureFields["sig"], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_OverTime_ReusesTheTokenUntilFiveMinutesAreLeftThenRenews()
    {
        var time = new ManualTimeProvider();
        var start = time.GetUtcNow();
        using var bus = ServiceBusTestSenders.StartSasListener(time);
        var sender = ServiceBusTestSenders.SasSender(bus, ServiceBusTestSenders.FastRetries(time));

        await sender.SendAsync(ServiceBusTestSenders.Event("evt-1"));
        time.Advance(TimeSpan.FromMinutes(54)); // six minutes left: reuse
        await sender.SendAsync(ServiceBusTestSenders.Event("evt-2"));
        time.Advance(TimeSpan.FromMinutes(1)); // five minutes left: renew
        await sender.SendAsync(ServiceBusTestSenders.Event("evt-3"));

        var tokens = bus.Requests.Select(r => r.Header("Authorization")).ToArray();
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[1], tokens[2]);
        Assert.Equal(
            [start.AddHours(1).ToUnixTimeSeconds(), start.AddHours(1).ToUnixTimeSeconds(), start.AddMinutes(55).AddHours(1).ToUnixTimeSeconds()],
            bus.Requests.Select(r => long.Parse(r.SignatureFields["se"], CultureInfo.InvariantCulture)));
        Assert.All(bus.Requests, r => Assert.Null(r.AuthorizationFailure));
    }

    [Fact]
    public async Task SendAsync_WithConfiguredLifetime_SignsForThatLong()
    {
        var time = new ManualTimeProvider();
        using var bus = ServiceBusTestSenders.StartSasListener(time);
        var options = ServiceBusTestSenders.FastRetries(time);
        options.SharedAccessSignatureLifetime = TimeSpan.FromMinutes(20);

        await ServiceBusTestSenders.SasSender(bus, options).SendAsync(ServiceBusTestSenders.Event("evt-1"));

        Assert.Equal(time.GetUtcNow().AddMinutes(20).ToUnixTimeSeconds(), long.Parse(bus.Requests[0].SignatureFields["se"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task SendAsync_WithIssuedSignature_SendsItVerbatimUntilItExpires()
    {
        var time = new ManualTimeProvider();
        using var bus = ServiceBusTestSenders.StartSasListener(time);
        var resource = WebUtility.UrlEncode(bus.Endpoint.AbsoluteUri);
        var se = time.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var issued = $"SharedAccessSignature sr={resource}&sig={WebUtility.UrlEncode(LoopbackAuthorization.Sign(ServiceBusTestSenders.Key, resource, se))}&se={se}&skn={ServiceBusTestSenders.KeyName}";
        var sender = new ServiceBusSender(
            bus.Endpoint, ServiceBusTestSenders.Entity, ServiceBusSharedAccessSignatureCredential.FromSignature(issued),
            ServiceBusTestSenders.FastRetries(time));

        await sender.SendAsync(ServiceBusTestSenders.Event("evt-1"));
        time.Advance(TimeSpan.FromMinutes(10));
        var expired = await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(ServiceBusTestSenders.Event("evt-2")));

        var request = Assert.Single(bus.Requests);
        Assert.Equal(issued, request.Header("Authorization"));
        Assert.Null(request.AuthorizationFailure);
        Assert.Contains("expired", expired.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", expired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OfKeyCredential_NamesTheKeyNameButNotTheKey()
    {
        var text = new ServiceBusSharedAccessSignatureCredential(ServiceBusTestSenders.KeyName, ServiceBusTestSenders.Key).ToString();

        Assert.Contains(ServiceBusTestSenders.KeyName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ServiceBusTestSenders.Key, text, StringComparison.Ordinal);
    }
}
