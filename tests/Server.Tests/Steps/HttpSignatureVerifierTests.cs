using System.Text;
using JobForge.Application.Steps.Handlers.Http;

namespace JobForge.Server.Tests.Steps;

public sealed class HttpSignatureVerifierTests
{
    private const string Secret = "module-secret-0123456789abcdef";
    private static readonly DateTimeOffset s_now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("{\"a\":1}");

    [Fact]
    public void Verify_SignatureFromSign_RoundTrips()
    {
        var timestamp = s_now.ToUnixTimeSeconds();
        var signature = HttpStepSignature.Sign(Secret, timestamp, s_body);

        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.Equal(7 + 64, signature.Length);
        Assert.True(HttpSignatureVerifier.Verify(Secret, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), signature, s_body, s_now, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Sign_KnownVector_MatchesHmacOfTimestampDotBody()
    {
        // HMAC-SHA256("key", "1700000000.{}") computed independently: keeps the wire format from drifting.
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("key"u8, "1700000000.{}"u8));

        Assert.Equal(expected, HttpStepSignature.Sign("key", 1700000000, "{}"u8));
    }

    [Theory]
    [InlineData("other-secret-0123456789abcdef", 0, false, false)]
    [InlineData(Secret, 0, true, false)]
    [InlineData(Secret, 301, false, false)]
    [InlineData(Secret, -301, false, false)]
    [InlineData(Secret, 0, false, true)]
    public void Verify_WrongSecretTamperedBodyStaleTimeOrBadFormat_Fails(string secret, int skewSeconds, bool tamper, bool mangle)
    {
        var timestamp = s_now.ToUnixTimeSeconds();
        var signature = HttpStepSignature.Sign(Secret, timestamp, s_body);
        var body = tamper ? Encoding.UTF8.GetBytes("{\"a\":2}") : s_body;
        if (mangle)
        {
            signature = signature.Replace("sha256=", "sha1=", StringComparison.Ordinal);
        }

        Assert.False(HttpSignatureVerifier.Verify(secret, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), signature, body, s_now.AddSeconds(skewSeconds), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(null, "sha256=00")]
    [InlineData("abc", "sha256=00")]
    [InlineData("-5", "sha256=00")]
    [InlineData("1772366400", null)]
    [InlineData("1772366400", "sha256=zz")]
    [InlineData("1772366400", "sha256=abc")]
    [InlineData("1772366400", "sha256=")]
    public void Verify_MalformedHeaders_FailWithoutThrowing(string? timestamp, string? signature) =>
        Assert.False(HttpSignatureVerifier.Verify(Secret, timestamp, signature, s_body, s_now, TimeSpan.FromMinutes(5)));
}
