using System.Security.Cryptography;
using System.Text;

namespace JobForge.Application.Jobs;

/// <summary>
/// The cursor of <c>GET /api/v1/jobs</c>: the store's continuation bound to the tenant and filters it was issued for
/// (a SHA-256 prefix), so a cursor cannot be replayed against another tenant or query. Opaque base64url text.
/// </summary>
internal static class RunListCursor
{
    private const int MaxLength = 2048;

    public static string Encode(string scope, string inner) =>
        Base64Url(Encoding.UTF8.GetBytes(Binding(scope) + "." + inner));

    /// <summary>The store continuation, or null when the cursor is malformed or was issued for another scope.</summary>
    public static string? Decode(string scope, string cursor)
    {
        if (cursor.Length is 0 or > MaxLength)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(cursor.Replace('-', '+').Replace('_', '/'))));
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(text[..dot]), Encoding.UTF8.GetBytes(Binding(scope)))
                ? text[(dot + 1)..]
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Binding(string scope) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..16];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string text) => text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
}
