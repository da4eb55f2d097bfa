using System.Security.Cryptography;
using System.Text;
using JobForge.TestKit.Azurite;

namespace JobForge.TestKit.Security;

/// <summary>
/// The canary secrets and personal data a host's leak scan plants (each spelled with <paramref name="Prefix"/>, so no two
/// scans share one), and the canaries searched for afterwards.
/// </summary>
/// <param name="Prefix">Lower-case letters that start every value (<c>leak</c>, <c>fleak</c>, …).</param>
public sealed record PlantedCanaries(string Prefix)
{
    /// <summary>The operator key (<c>JobForge:Auth:BootstrapKey</c>).</summary>
    public string BootstrapKey => Prefix + "-canary-bootstrap-key-6b1f0d9e2c7a4f3b";

    /// <summary>The policy-token signing secret.</summary>
    public string PolicySecret => Prefix + "-canary-policy-secret-8c2e7f1a9d3b5e60";

    /// <summary>A <c>${{ secrets.* }}</c> value.</summary>
    public string StepSecret => Prefix + "-canary-step-secret-3e9a7c1f5b2d";

    /// <summary>The HTTP step signing secret.</summary>
    public string SigningSecret => Prefix + "-canary-signing-secret-1d4f7a2c9e";

    /// <summary>A 32-byte field-encryption key, base64.</summary>
    public string EncryptionKey => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Prefix + "-canary-encryption-key")));

    /// <summary>The secret part of a forged API key (<c>jf_{16 hex}_{43 characters}</c>).</summary>
    public string FakeApiKeySecret => (Prefix + "CanaryFakeApiKeySecret").PadRight(43, '0');

    /// <summary>A forged API key.</summary>
    public string FakeApiKey => "jf_0123456789abcdef_" + FakeApiKeySecret;

    /// <summary>A bearer value that is no key at all.</summary>
    public string MalformedKey => Prefix + "-canary-malformed-bearer-value-0a9b8c7d";

    /// <summary>A forged policy token's signature.</summary>
    public string ForgedSignature => (Prefix + "CanaryForgedSignature").PadRight(43, 'A');

    /// <summary>An email, sent in <c>encrypt_fields</c>.</summary>
    public string Email => Prefix + ".canary.5150@example.test";

    /// <summary>A phone number, sent in <c>redact_fields</c>.</summary>
    public string Phone => "+1-555-0142-7788";

    /// <summary>
    /// The canaries: each planted secret, the storage account key, the secret of each minted key in
    /// <paramref name="apiKeySecrets"/>, the signature of each of <paramref name="policyTokens"/>, the email (nowhere in
    /// the clear) and the phone number (only in rows of <paramref name="eventsTable"/>, which keep the payload for
    /// <c>events:pii</c> readers); neither is searched for in responses (the client sent them itself).
    /// </summary>
    public IEnumerable<Canary> Canaries(IEnumerable<(string Name, string Secret)> apiKeySecrets, IEnumerable<string> policyTokens, string eventsTable)
    {
        ArgumentNullException.ThrowIfNull(apiKeySecrets);
        ArgumentNullException.ThrowIfNull(policyTokens);
        yield return new Canary("the bootstrap key", BootstrapKey);
        yield return new Canary("the policy token secret", PolicySecret);
        yield return new Canary("a ${{ secrets.* }} value", StepSecret);
        yield return new Canary("the HTTP signing secret", SigningSecret);
        yield return new Canary("the field-encryption key", EncryptionKey);
        yield return new Canary("the storage account key", AzuriteInstance.DevelopmentAccountKey);
        yield return new Canary("a forged API key's secret", FakeApiKeySecret);
        yield return new Canary("a malformed bearer value", MalformedKey);
        yield return new Canary("a forged policy token's signature", ForgedSignature);
        foreach (var (name, secret) in apiKeySecrets)
        {
            yield return new Canary($"API key '{name}'", secret);
        }

        foreach (var token in policyTokens)
        {
            yield return new Canary("a policy token's signature", token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        }

        yield return new Canary("an encrypt_fields email", Email, CheckResponses: false);
        yield return new Canary("a redact_fields phone number", Phone, text => text.Where.StartsWith("table " + eventsTable + "/", StringComparison.Ordinal), CheckResponses: false);
    }

    /// <summary>Every place a canary of <paramref name="canaries"/> is where it may not be: in <paramref name="everywhere"/>, or in <paramref name="responses"/> for those that check them.</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<Canary> canaries, IReadOnlyList<CapturedText> everywhere, IReadOnlyList<CapturedText> responses)
    {
        ArgumentNullException.ThrowIfNull(canaries);
        return [.. canaries.SelectMany(canary => canary.CheckResponses ? canary.LeaksIn(everywhere).Concat(canary.LeaksIn(responses)) : canary.LeaksIn(everywhere)).Distinct()];
    }
}
