using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace JobForge.Storage.Tests.ServiceBus;

/// <summary>
/// What the loopback listener accepts, checked the way Service Bus does: for SAS it recomputes
/// base64(HMAC-SHA256(UTF-8 key, sr + "\n" + se)) from the raw <c>sr</c>, and requires the right <c>skn</c>, an
/// unexpired <c>se</c> and an <c>sr</c> that is a prefix of the request URI; for Entra ID it requires one bearer token.
/// </summary>
internal sealed class LoopbackAuthorization
{
    private LoopbackAuthorization(string? keyName, string? key, string? bearerToken)
    {
        KeyName = keyName;
        Key = key;
        BearerToken = bearerToken;
    }

    public string? KeyName { get; }

    public string? Key { get; }

    public string? BearerToken { get; }

    public static LoopbackAuthorization SharedAccessKey(string keyName, string key) => new(keyName, key, null);

    public static LoopbackAuthorization Bearer(string token) => new(null, null, token);

    public static string Sign(string key, string rawResource, string expiry) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(rawResource + "\n" + expiry)));

    /// <summary>Null when <paramref name="authorization"/> is accepted, else why not.</summary>
    public string? Check(string? authorization, Uri requestUri, DateTimeOffset now)
    {
        if (BearerToken is not null)
        {
            return authorization == "Bearer " + BearerToken ? null : "expected the bearer token";
        }

        const string Prefix = "SharedAccessSignature ";
        if (authorization is null || !authorization.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return "no SharedAccessSignature";
        }

        var fields = authorization[Prefix.Length..].Split('&').Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("sr", out var sr) || !fields.TryGetValue("sig", out var sig)
            || !fields.TryGetValue("se", out var se) || !fields.TryGetValue("skn", out var skn))
        {
            return "missing sr, sig, se or skn";
        }

        if (WebUtility.UrlDecode(skn) != KeyName)
        {
            return "unknown key name";
        }

        if (WebUtility.UrlDecode(sig) != Sign(Key!, sr, se))
        {
            return "signature mismatch";
        }

        if (long.Parse(se, CultureInfo.InvariantCulture) <= now.ToUnixTimeSeconds())
        {
            return "expired";
        }

        return requestUri.AbsoluteUri.StartsWith(WebUtility.UrlDecode(sr), StringComparison.OrdinalIgnoreCase)
            ? null
            : "sr does not cover the request URI";
    }
}
