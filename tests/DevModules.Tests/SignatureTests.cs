using System.Net;

namespace JobForge.DevModules.Tests;

/// <summary>The host answers only requests JobForge signed with the module's secret, recently.</summary>
public sealed class SignatureTests : IClassFixture<DevModuleServer>
{
    private const string Input = """{"target":"vm-1"}""";

    private readonly DevModuleServer _server;

    public SignatureTests(DevModuleServer server) => _server = server;

    [Fact]
    public async Task Post_SignedWithAnotherSecret_Is401()
    {
        using var response = await _server.PostAsync("/ops/operations/scan", Input, secret: "another-secret-0123456789abcdef");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"invalid_signature\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sha256=00")]
    [InlineData("sha256=not-hex")]
    [InlineData("md5=abc")]
    [InlineData("")]
    public async Task Post_MalformedSignature_Is401(string signature)
    {
        using var response = await _server.PostAsync("/ops/operations/scan", Input, signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_StaleTimestamp_Is401EvenWithTheRightSecret()
    {
        using var response = await _server.PostAsync("/ops/operations/scan", Input, sentAt: DateTimeOffset.UtcNow.AddMinutes(-30));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is401()
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = RequestSignature.Sign(DevModuleServer.Secret, timestamp, """{"target":"vm-1"}"""u8);

        using var response = await _server.PostAsync("/ops/operations/scan", """{"target":"vm-2"}""", sentAt: DateTimeOffset.FromUnixTimeSeconds(timestamp), signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_Unsigned_Is401()
    {
        using var response = await _server.Client.PostAsync("/ops/operations/scan", new StringContent(Input));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
