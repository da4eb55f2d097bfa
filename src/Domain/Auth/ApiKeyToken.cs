using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace JobForge.Domain.Auth;

/// <summary>
/// The API key text: <c>jf_&lt;keyId&gt;_&lt;secret&gt;</c>, where the key id is <see cref="KeyIdLength"/> lowercase hex
/// characters (public; the storage key) and the secret is <see cref="SecretLength"/> base64url characters (256 random
/// bits). Parsing is total and allocation-light so a malformed token is rejected before any storage call.
/// </summary>
public static class ApiKeyToken
{
    /// <summary>The prefix every key starts with.</summary>
    public const string Prefix = "jf_";

    /// <summary>The length of the key id.</summary>
    public const int KeyIdLength = 16;

    /// <summary>The length of the secret: 32 bytes as unpadded base64url.</summary>
    public const int SecretLength = 43;

    /// <summary>The exact length of a well-formed key.</summary>
    public const int Length = 3 + KeyIdLength + 1 + SecretLength;

    /// <summary>The key text for <paramref name="keyId"/> and <paramref name="secret"/>.</summary>
    /// <exception cref="ArgumentException">Either part is malformed.</exception>
    public static string Format(string keyId, string secret)
    {
        if (!IsKeyId(keyId))
        {
            throw new ArgumentException($"A key id is {KeyIdLength} lowercase hex characters.", nameof(keyId));
        }

        if (secret is not { Length: SecretLength } || secret.AsSpan().IndexOfAnyExcept(s_base64Url) >= 0)
        {
            throw new ArgumentException($"A secret is {SecretLength} base64url characters.", nameof(secret));
        }

        return Prefix + keyId + "_" + secret;
    }

    /// <summary>Splits <paramref name="token"/> into its key id and secret; false when it is not a well-formed key.</summary>
    public static bool TryParse(string? token, [NotNullWhen(true)] out string? keyId, [NotNullWhen(true)] out string? secret)
    {
        keyId = null;
        secret = null;
        if (token is not { Length: Length } || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[3 + KeyIdLength] != '_')
        {
            return false;
        }

        var id = token.AsSpan(3, KeyIdLength);
        var rest = token.AsSpan(3 + KeyIdLength + 1);
        if (id.IndexOfAnyExcept(s_hex) >= 0 || rest.IndexOfAnyExcept(s_base64Url) >= 0)
        {
            return false;
        }

        keyId = id.ToString();
        secret = rest.ToString();
        return true;
    }

    /// <summary>Whether <paramref name="keyId"/> has the key id format.</summary>
    public static bool IsKeyId([NotNullWhen(true)] string? keyId) =>
        keyId is { Length: KeyIdLength } && keyId.AsSpan().IndexOfAnyExcept(s_hex) < 0;

    private static readonly SearchValues<char> s_hex = SearchValues.Create("0123456789abcdef");

    private static readonly SearchValues<char> s_base64Url =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
