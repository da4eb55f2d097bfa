using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// The receiving side of <see cref="HttpStepSignature"/>: a self-contained sample a module can copy. Read the raw
/// body bytes before any JSON parsing, then call <see cref="Verify"/> with the two headers.
/// </summary>
/// <example>
/// <code>
/// var body = await ReadAllBytesAsync(request.Body);
/// if (!HttpSignatureVerifier.Verify(secret, request.Headers["X-JobForge-Timestamp"], request.Headers["X-JobForge-Signature"],
///         body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)))
/// {
///     return Results.Unauthorized();
/// }
/// </code>
/// </example>
public static class HttpSignatureVerifier
{
    /// <summary>
    /// Whether <paramref name="signature"/> is JobForge's signature of <paramref name="body"/> at
    /// <paramref name="timestamp"/> under <paramref name="secret"/>, and the timestamp lies within
    /// <paramref name="tolerance"/> of <paramref name="now"/> (which limits replays). The comparison is constant-time.
    /// </summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || timestamp is null || signature is null
            || !signature.StartsWith(HttpStepSignature.SchemePrefix, StringComparison.Ordinal)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if ((now - sentAt).Duration() > tolerance)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(HttpStepSignature.SchemePrefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HttpStepSignature.Compute(Encoding.UTF8.GetBytes(secret), timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
