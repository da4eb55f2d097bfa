using JobForge.Domain.Policy;

namespace JobForge.Domain.Tests.Policy;

public sealed partial class PolicyTokenValidatorTests
{
    private const string Secret = "first-secret-0123456789abcdef";
    private const string SecondSecret = "second-secret-0123456789abcdef";
    private const long Now = 1_800_000_000;
    private static readonly DateTimeOffset NowTime = DateTimeOffset.FromUnixTimeSeconds(Now);
    private static readonly PolicyCheck Check = new("autopilot.ops.apply", "acme", null, "alice", ["ops:apply"]);

    private readonly SetRevocations _revocations = new();

    private PolicyTokenValidator Validator(params string[] secrets) =>
        new(new PolicyTokenKeyRing(secrets.Length == 0 ? [Secret] : secrets), _revocations);

    private static string Token(string? claims = null, string secret = Secret) =>
        IndependentTokenMinter.Mint(claims ?? IndependentTokenMinter.Claims(Now - 10, Now + 3600), secret);

    [Fact]
    public async Task Validate_TokenMintedByAnIndependentImplementation_IsAllowedWithItsClaims()
    {
        var decision = await Validator().ValidateAsync(Token(), Check, NowTime);

        Assert.True(decision.Allowed, decision.Detail);
        Assert.Null(decision.Reason);
        Assert.Equal("acme", decision.Claims!.TenantId);
        Assert.Equal(["ops:apply"], decision.Claims.Scopes);
        Assert.Equal(Now + 3600, decision.Claims.ExpiresAt);
    }

    [Fact]
    public void Encode_IsReadableByAnIndependentImplementation_AndVerifiesWithItsSignature()
    {
        var claims = new PolicyTokenClaims("0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11", "1", Now, Now + 60, "acme", "web", "alice", ["ops:*"], "autopilot.ops.apply");

        var token = PolicyTokenCodec.Encode(claims, System.Text.Encoding.UTF8.GetBytes(Secret));
        var json = IndependentTokenMinter.DecodePayload(token);

        Assert.Equal(IndependentTokenMinter.Mint(json, Secret), token);
        Assert.Contains("\"pid\":\"web\"", json, StringComparison.Ordinal);
        Assert.Contains("\"scp\":[\"ops:*\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TamperedPayload_IsInvalidSignatureWithoutClaims()
    {
        var token = Token();
        var forged = IndependentTokenMinter.Mint(IndependentTokenMinter.Claims(Now - 10, Now + 3600, tenant: "evil"), "guess");
        var tampered = forged[..forged.IndexOf('.')] + token[token.IndexOf('.')..];

        var decision = await Validator().ValidateAsync(tampered, Check with { TenantId = "evil" }, NowTime);

        Assert.Equal(PolicyDenyReasons.InvalidSignature, decision.Reason);
        Assert.Null(decision.Claims);
    }

    [Fact]
    public async Task Validate_SignedWithARotatedOutSecret_IsInvalidSignature()
    {
        var decision = await Validator(SecondSecret).ValidateAsync(Token(secret: Secret), Check, NowTime);

        Assert.Equal(PolicyDenyReasons.InvalidSignature, decision.Reason);
    }

    [Fact]
    public async Task Validate_SignedWithTheSecondConfiguredSecret_IsAllowed()
    {
        var decision = await Validator(Secret, SecondSecret).ValidateAsync(Token(secret: SecondSecret), Check, NowTime);

        Assert.True(decision.Allowed, decision.Detail);
    }

    [Fact]
    public async Task Validate_ForgedTokenWithGarbagePayload_LearnsOnlyInvalidSignature()
    {
        var decision = await Validator().ValidateAsync(IndependentTokenMinter.Mint("not json", "guess"), Check, NowTime);

        Assert.Equal(PolicyDenyReasons.InvalidSignature, decision.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData(".sig")]
    [InlineData("payload.")]
    [InlineData("eyJ9.short")]
    [InlineData("eyJ9=.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ey J9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Validate_MalformedToken_IsInvalidFormat(string token)
    {
        var decision = await Validator().ValidateAsync(token, Check, NowTime);

        Assert.Equal(PolicyDenyReasons.InvalidFormat, decision.Reason);
        Assert.Null(decision.Claims);
    }

    [Fact]
    public async Task Validate_NullOrOverlongToken_IsInvalidFormat()
    {
        var overlong = Token(IndependentTokenMinter.Claims(Now - 10, Now + 3600, extra: ",\"pad\":\"" + new string('x', 6200) + "\""));

        Assert.True(overlong.Length > PolicyTokenLimits.MaxTokenLength);
        Assert.Equal(PolicyDenyReasons.InvalidFormat, (await Validator().ValidateAsync(overlong, Check, NowTime)).Reason);
        Assert.Equal(PolicyDenyReasons.InvalidFormat, (await Validator().ValidateAsync(null, Check, NowTime)).Reason);
    }
}
