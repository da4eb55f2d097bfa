using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobForge.DevModules;

/// <summary>
/// Checks JobForge's request signature the way any module must (see <c>docs/modules.md</c>):
/// <c>X-JobForge-Signature: sha256=&lt;hex HMAC-SHA256(secret, X-JobForge-Timestamp + "." + raw body)&gt;</c>, the
/// timestamp (unix seconds) within a tolerance of now, compared in constant time. Written out here rather than
/// borrowed from the server, as a module outside JobForge would write it.
/// </summary>
public static class RequestSignature
{
    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "X-JobForge-Timestamp";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-JobForge-Signature";

    private const string Prefix = "sha256=";

    /// <summary>Whether <paramref name="signature"/> signs <paramref name="body"/> at <paramref name="timestamp"/>, which is within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool IsValid(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(timestamp) || signature is null
            || !signature.StartsWith(Prefix, StringComparison.Ordinal)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Compute(secret, timestamp, body), given);
    }

    /// <summary>The header value JobForge sends for <paramref name="body"/> at <paramref name="unixSeconds"/> (for tests and clients).</summary>
    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Compute(secret, unixSeconds.ToString(CultureInfo.InvariantCulture), body));

    private static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
