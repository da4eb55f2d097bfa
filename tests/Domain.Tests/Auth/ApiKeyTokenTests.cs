using JobForge.Domain.Auth;

namespace JobForge.Domain.Tests.Auth;

public sealed class ApiKeyTokenTests
{
    private const string KeyId = "0123456789abcdef";
    private static readonly string Secret = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234"[..ApiKeyToken.SecretLength];

    [Fact]
    public void Format_ThenTryParse_RoundTrips()
    {
        var token = ApiKeyToken.Format(KeyId, Secret);

        Assert.Equal($"jf_{KeyId}_{Secret}", token);
        Assert.True(ApiKeyToken.TryParse(token, out var keyId, out var secret));
        Assert.Equal((KeyId, Secret), (keyId, secret));
    }

    [Fact]
    public void TryParse_SecretContainingUnderscores_KeepsThemInTheSecret()
    {
        var secretWithUnderscores = new string('_', ApiKeyToken.SecretLength);

        Assert.True(ApiKeyToken.TryParse($"jf_{KeyId}_{secretWithUnderscores}", out var keyId, out var secret));
        Assert.Equal((KeyId, secretWithUnderscores), (keyId, secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("jf_")]
    [InlineData("JF_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234")]
    [InlineData("jf_0123456789ABCDEF_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234")]
    [InlineData("jf_0123456789abcdeg_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234")]
    [InlineData("jf_0123456789abcdef-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234")]
    [InlineData("jf_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_0123")]
    [InlineData("jf_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_012345")]
    [InlineData("jf_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ+/01234")]
    [InlineData("jf_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_0123=")]
    [InlineData("jf_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_0123\u00e9")]
    public void TryParse_MalformedToken_IsFalse(string? token)
    {
        Assert.False(ApiKeyToken.TryParse(token, out var keyId, out var secret));
        Assert.Null(keyId);
        Assert.Null(secret);
    }

    [Theory]
    [InlineData("0123456789abcde")]
    [InlineData("0123456789ABCDEF")]
    [InlineData("bootstrap")]
    public void Format_WithMalformedKeyId_Throws(string keyId) =>
        Assert.Throws<ArgumentException>(() => ApiKeyToken.Format(keyId, Secret));
}
