using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusConnectionStringTests
{
    private const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5QUJD=";
    private const string Signature = "SharedAccessSignature sr=https%3A%2F%2Fns.servicebus.windows.net%2F&sig=c2lnbmF0dXJlLXNlY3JldA%3D%3D&se=1893456000&skn=RootManageSharedAccessKey";

    [Fact]
    public void Parse_KeyForm_ReadsEndpointKeyNameAndEntityPath()
    {
        var parsed = ServiceBusConnectionString.Parse(
            $"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={Key};EntityPath=jobforge-events");

        Assert.Equal(new Uri("sb://ns.servicebus.windows.net/"), parsed.Endpoint);
        Assert.Equal("ns.servicebus.windows.net", parsed.FullyQualifiedNamespace);
        Assert.Equal("jobforge-events", parsed.EntityPath);
        Assert.Equal("RootManageSharedAccessKey", parsed.Credential.KeyName);
        Assert.Null(parsed.Credential.SignatureExpiresOn);
    }

    [Fact]
    public void Parse_CaseInsensitiveNamesSpacesAndTrailingSemicolon_AreAccepted()
    {
        var parsed = ServiceBusConnectionString.Parse(
            $" endpoint = sb://ns.servicebus.windows.net/ ; sharedaccesskeyname = send ; SHAREDACCESSKEY = {Key} ;");

        Assert.Equal("send", parsed.Credential.KeyName);
        Assert.Null(parsed.EntityPath);
    }

    [Fact]
    public void Parse_SignatureForm_ReadsTheIssuedSignatureAndItsExpiry()
    {
        var parsed = ServiceBusConnectionString.Parse($"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature={Signature}");

        Assert.Equal("RootManageSharedAccessKey", parsed.Credential.KeyName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1893456000), parsed.Credential.SignatureExpiresOn);
    }

    [Fact]
    public void ToString_KeyAndSignatureForms_NeverContainTheSecret()
    {
        var keyed = ServiceBusConnectionString.Parse(
            $"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={Key};EntityPath=q");
        var signed = ServiceBusConnectionString.Parse($"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature={Signature}");

        Assert.Equal("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;EntityPath=q", keyed.ToString());
        Assert.DoesNotContain("c2lnbmF0dXJl", signed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("c2lnbmF0dXJl", signed.Credential.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;" + Key, "malformed")]
    [InlineData("SharedAccessKeyName=send;SharedAccessKey=" + Key, "no Endpoint")]
    [InlineData("Endpoint=not a uri;SharedAccessKeyName=send;SharedAccessKey=" + Key, "Endpoint must be")]
    [InlineData("Endpoint=http://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Key, "Endpoint must be")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/queue;SharedAccessKeyName=send;SharedAccessKey=" + Key, "Endpoint must be")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKey=" + Key, "no SharedAccessKeyName")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send", "no SharedAccessKey")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/", "no credential")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Key + ";SharedAccessKey=" + Key, "more than once")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccesKey=" + Key, "unknown setting 'SharedAccesKey'")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Key + ";EntityPath=/bad/", "EntityPath")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Key + ";SharedAccessSignature=" + Signature, "both")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature=sig-" + Key, "SharedAccessSignature is malformed")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature=SharedAccessSignature sr=a&sig=" + Key + "&skn=k", "must carry sr, sig, se and skn")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature=SharedAccessSignature sr=a&sig=" + Key + "&se=soon&skn=k", "se (expiry)")]
    public void TryParse_Malformed_FailsWithAClearMessageWithoutTheKey(string connectionString, string expected)
    {
        Assert.False(ServiceBusConnectionString.TryParse(connectionString, out var parsed, out var error));

        Assert.Null(parsed);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", error, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => ServiceBusConnectionString.Parse(connectionString));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public async Task Sender_FromConnectionString_SignsWithItsKeyAndUsesItsEntityPath()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var connection = ServiceBusConnectionString.Parse(
            $"Endpoint={bus.Endpoint};SharedAccessKeyName={ServiceBusTestSenders.KeyName};SharedAccessKey={ServiceBusTestSenders.Key};EntityPath={ServiceBusTestSenders.Entity}");

        await new ServiceBusSender(connection, options: ServiceBusTestSenders.FastRetries()).SendAsync(ServiceBusTestSenders.Event("evt-1"));

        var request = Assert.Single(bus.Requests);
        Assert.Null(request.AuthorizationFailure);
        Assert.Equal("/jobforge-events/messages", request.Path);
    }

    [Fact]
    public void Sender_EntityPathDifferingFromConnectionString_IsRejected()
    {
        var connection = ServiceBusConnectionString.Parse(
            $"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={Key};EntityPath=one");

        Assert.Throws<ArgumentException>(() => new ServiceBusSender(connection, "two"));
    }
}
