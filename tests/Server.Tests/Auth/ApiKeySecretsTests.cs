using System.Text.RegularExpressions;
using JobForge.Domain.Auth;
using JobForge.Application.Auth;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Auth;

public sealed partial class ApiKeySecretsTests
{
    [Fact]
    public void NewKeyIdAndSecret_FormAWellFormedKey_AndDiffer()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => ApiKeySecrets.NewKeyId()).ToHashSet();
        var secrets = Enumerable.Range(0, 100).Select(_ => ApiKeySecrets.NewSecret()).ToHashSet();

        Assert.Equal(100, ids.Count);
        Assert.Equal(100, secrets.Count);
        Assert.True(ApiKeyToken.TryParse(ApiKeyToken.Format(ids.First(), secrets.First()), out _, out _));
    }

    [Fact]
    public void Matches_OnlyTheSecretThatWasHashed()
    {
        var secret = ApiKeySecrets.NewSecret();
        var hash = ApiKeySecrets.Hash(secret);

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(secret, hash, StringComparison.Ordinal);
        Assert.True(ApiKeySecrets.Matches(secret, hash));
        Assert.False(ApiKeySecrets.Matches(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A'), hash));
        Assert.False(ApiKeySecrets.Matches(secret, hash[..^2]));
        Assert.False(ApiKeySecrets.Matches(secret, new string('z', 64)));
        Assert.False(ApiKeySecrets.Matches(secret, string.Empty));
    }

    [Fact]
    public void EqualsConstantTime_ComparesWholeValuesOfAnyLength()
    {
        Assert.True(ApiKeySecrets.EqualsConstantTime("same-value-0123456789012345678901", "same-value-0123456789012345678901"));
        Assert.False(ApiKeySecrets.EqualsConstantTime("same-value-0123456789012345678901", "same-value-012345678901234567890"));
        Assert.False(ApiKeySecrets.EqualsConstantTime("", "x"));
    }

    [Fact]
    public void SecretComparisons_UseFixedTimeEqualsOnly()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "Application", "Auth");
        var secrets = File.ReadAllText(Path.Combine(folder, "ApiKeySecrets.cs"));
        var authenticator = File.ReadAllText(Path.Combine(folder, "ApiKeyAuthenticator.cs"));

        Assert.Equal(2, FixedTimeEquals().Matches(secrets).Count);
        Assert.Contains("ApiKeySecrets.Matches(secret, record?.SecretHash ?? UnknownKeyHash)", authenticator, StringComparison.Ordinal);
        Assert.Contains("ApiKeySecrets.EqualsConstantTime(token, _bootstrapKey)", authenticator, StringComparison.Ordinal);
        Assert.Matches(OrdinalSecretComparison(), "if (secret == record.SecretHash)"); // the guard itself can fail
        Assert.Matches(OrdinalSecretComparison(), "string.Equals(token, _bootstrapKey)");
        Assert.DoesNotMatch(OrdinalSecretComparison(), authenticator);
        Assert.DoesNotMatch(OrdinalSecretComparison(), secrets);
    }

    [GeneratedRegex(@"CryptographicOperations\.FixedTimeEquals\(")]
    private static partial Regex FixedTimeEquals();

    // Any ordinary equality involving a secret, hash or key text: ==, !=, Equals, SequenceEqual, StartsWith on them.
    [GeneratedRegex(@"(secret|Secret|Hash|_bootstrapKey|token)\w*\s*(==|!=)|\b(Equals|SequenceEqual|CompareOrdinal)\([^)]*(secret|Hash|_bootstrapKey|token)")]
    private static partial Regex OrdinalSecretComparison();
}
