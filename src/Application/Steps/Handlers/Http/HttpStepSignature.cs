using System.Security.Cryptography;
using System.Text;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// How JobForge signs outbound step requests: <c>X-JobForge-Timestamp</c> (unix seconds) and
/// <c>X-JobForge-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c> over the exact body bytes.
/// Modules verify with <see cref="HttpSignatureVerifier"/>.
/// </summary>
public static class HttpStepSignature
{
    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "X-JobForge-Timestamp";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-JobForge-Signature";

    /// <summary>The trace id header.</summary>
    public const string TraceIdHeader = "X-JobForge-Trace-Id";

    /// <summary>The prefix of the signature value.</summary>
    public const string SchemePrefix = "sha256=";

    /// <summary>The signature header value for <paramref name="body"/> sent at <paramref name="unixSeconds"/>.</summary>
    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return SchemePrefix + Convert.ToHexStringLower(Compute(Encoding.UTF8.GetBytes(secret), unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), body));
    }

    /// <summary>HMAC-SHA256 of <c>timestamp + "." + body</c>.</summary>
    internal static byte[] Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, message);
    }
}
