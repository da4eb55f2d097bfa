using JobForge.Domain.Policy;

namespace JobForge.Domain.Tests.Policy;

public sealed class PolicyTokenHostileInputTests
{
    private const string Secret = "first-secret-0123456789abcdef";
    private static readonly PolicyCheck Check = new("autopilot.ops.apply", "acme", null, "alice", []);
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    [Fact]
    public async Task Validate_RandomStrings_NeverThrowAndAreDenied()
    {
        var validator = new PolicyTokenValidator(new PolicyTokenKeyRing([Secret]), new SetRevocations());
        var random = new Random(1234);
        const string Alphabet = "abcXYZ019-_.=+/ \u00e9\u0000";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 90)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            var decision = await validator.ValidateAsync(text, Check, Now);

            Assert.False(decision.Allowed);
            Assert.Contains(decision.Reason, new[] { PolicyDenyReasons.InvalidFormat, PolicyDenyReasons.InvalidSignature });
        }
    }

    [Fact]
    public async Task Validate_EveryOneCharacterChangeOfAValidToken_IsDenied()
    {
        var validator = new PolicyTokenValidator(new PolicyTokenKeyRing([Secret]), new SetRevocations());
        var token = IndependentTokenMinter.Mint(IndependentTokenMinter.Claims(Now.ToUnixTimeSeconds(), Now.ToUnixTimeSeconds() + 60), Secret);
        Assert.True((await validator.ValidateAsync(token, Check, Now)).Allowed);

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];

            var decision = await validator.ValidateAsync(changed, Check, Now);

            Assert.False(decision.Allowed, "position " + i);
        }
    }
}
