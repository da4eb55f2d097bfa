using System.Buffers.Text;
using System.Text;
using JobForge.Domain.Policy;

namespace JobForge.Fuzz.Targets;

/// <summary>
/// The policy-token codec and validator. An input with a dot is a token as a client sends it (format, signature,
/// nothing more can be reached without the secret); any other input is the claims JSON of a token signed with the
/// test secret, so the fuzzer reaches the claim reader and every check after it. A token that validates re-encodes to
/// the same claims.
/// </summary>
public static class PolicyTokenTarget
{
    private static readonly PolicyTokenKeyRing s_keys = new(["fuzz-policy-secret-0123456789abcdef0123456789"]);
    private static readonly PolicyTokenValidator s_validator = new(s_keys, NoRevocations.Instance);
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private static readonly PolicyCheck s_check = new("ops.restart", "acme", "web", "alice", ["ops:write"]);

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] data)
    {
        var dotted = Array.IndexOf(data, (byte)'.') >= 0;
        var token = dotted ? FuzzInput.Text(data) : Signed(data);
        var decision = s_validator.ValidateAsync(token, s_check, s_now).GetAwaiter().GetResult();
        FuzzInput.Check(decision.Allowed || !string.IsNullOrEmpty(decision.Reason), "a denial has a reason");
        if (!PolicyTokenCodec.TrySplit(token, out var payload, out _) || !PolicyTokenCodec.TryParseClaims(payload, out var claims, out _))
        {
            return;
        }

        var again = PolicyTokenCodec.Encode(claims!, s_keys.SigningKey);
        FuzzInput.Check(PolicyTokenCodec.TrySplit(again, out var payloadAgain, out _)
            && PolicyTokenCodec.TryParseClaims(payloadAgain, out var reparsed, out _)
            && PolicyTokenCodec.Encode(reparsed!, s_keys.SigningKey) == again, "claims survive encoding");
    }

    private static string Signed(byte[] claimsJson)
    {
        var payload = Base64Url.EncodeToString(claimsJson);
        return payload + "." + PolicyTokenCodec.Sign(payload, s_keys.SigningKey);
    }

    private sealed class NoRevocations : IPolicyTokenRevocations
    {
        public static readonly NoRevocations Instance = new();

        public Task RecordIssuedAsync(PolicyTokenRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<PolicyTokenRecord?> GetAsync(string jti, CancellationToken cancellationToken = default) => Task.FromResult<PolicyTokenRecord?>(null);

        public Task<PolicyTokenRecord> RevokeAsync(PolicyTokenRecord record, DateTimeOffset at, CancellationToken cancellationToken = default) =>
            Task.FromResult(record);

        public Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<int> SweepExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);
    }
}
