using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace JobForge.Domain.Policy;

/// <summary>
/// The wire format <c>&lt;payload&gt;.&lt;signature&gt;</c>: the payload is base64url (no padding) of the UTF-8 JSON
/// claims, the signature base64url (no padding) of HMAC-SHA256 over the ASCII payload segment keyed with the secret's
/// UTF-8 bytes. Deterministic (no clock, no randomness): the caller supplies <c>jti</c> and the times.
/// </summary>
public static partial class PolicyTokenCodec
{
    private const int SignatureBytes = 32;
    private const int SignatureChars = 43; // 32 bytes in base64url without padding

    /// <summary>Mints the token for <paramref name="claims"/>, signed with <paramref name="key"/>.</summary>
    public static string Encode(PolicyTokenClaims claims, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var json = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(json))
        {
            WriteClaims(writer, claims);
        }

        var payload = Base64Url.EncodeToString(json.WrittenSpan);
        return payload + "." + Sign(payload, key);
    }

    /// <summary>The base64url HMAC-SHA256 of the ASCII <paramref name="payloadSegment"/>.</summary>
    public static string Sign(string payloadSegment, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(payloadSegment);
        Span<byte> mac = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payloadSegment), mac);
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>
    /// Splits <paramref name="token"/> into its two segments if it is within <see cref="PolicyTokenLimits.MaxTokenLength"/>,
    /// has exactly one dot, only base64url characters (no padding) and a 32-byte signature.
    /// </summary>
    public static bool TrySplit(string? token, out string payloadSegment, out byte[] signature)
    {
        payloadSegment = string.Empty;
        signature = [];
        if (token is null or { Length: 0 or > PolicyTokenLimits.MaxTokenLength })
        {
            return false;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1 || token.IndexOf('.', dot + 1) >= 0
            || token.AsSpan().IndexOfAnyExcept(s_tokenCharacters) >= 0)
        {
            return false;
        }

        var signatureText = token.AsSpan(dot + 1);
        Span<byte> decoded = stackalloc byte[SignatureBytes + 3];
        if (!Base64Url.IsValid(token.AsSpan(0, dot)) || signatureText.Length != SignatureChars || !Base64Url.IsValid(signatureText)
            || !Base64Url.TryDecodeFromChars(signatureText, decoded, out var written)
            || written != SignatureBytes || !signatureText.SequenceEqual(Base64Url.EncodeToString(decoded[..written])))
        {
            // The last check rejects non-canonical encodings (unused low bits set), so one MAC has exactly one spelling.
            return false;
        }

        payloadSegment = token[..dot];
        signature = decoded[..written].ToArray();
        return true;
    }

    /// <summary>Whether one of <paramref name="keys"/> produced <paramref name="signature"/> over the segment (constant time per key).</summary>
    public static bool VerifySignature(string payloadSegment, ReadOnlySpan<byte> signature, PolicyTokenKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(payloadSegment);
        ArgumentNullException.ThrowIfNull(keys);
        var data = Encoding.ASCII.GetBytes(payloadSegment);
        Span<byte> mac = stackalloc byte[SignatureBytes];
        var matched = false;
        foreach (var key in keys.VerificationKeys)
        {
            HMACSHA256.HashData(key.Span, data, mac);
            matched |= CryptographicOperations.FixedTimeEquals(mac, signature); // try every key: timing says nothing about which
        }

        return matched;
    }

    private static readonly SearchValues<char> s_tokenCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");
}
