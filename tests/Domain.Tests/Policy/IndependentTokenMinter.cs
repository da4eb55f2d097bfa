using System.Security.Cryptography;
using System.Text;

namespace JobForge.Domain.Tests.Policy;

/// <summary>
/// A second, independent implementation of the token format, as an existing JobForge client would write it: its own
/// base64url (via <see cref="Convert.ToBase64String(byte[])"/>) and HMAC, sharing no code with PolicyTokenCodec.
/// </summary>
internal static class IndependentTokenMinter
{
    public static string Mint(string claimsJson, string secret)
    {
        var payload = Base64Url(Encoding.UTF8.GetBytes(claimsJson));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signature = Base64Url(hmac.ComputeHash(Encoding.ASCII.GetBytes(payload)));
        return payload + "." + signature;
    }

    public static string DecodePayload(string token)
    {
        var text = token[..token.IndexOf('.')].Replace('-', '+').Replace('_', '/');
        text += new string('=', (4 - (text.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(text));
    }

    public static string Claims(
        long iat, long exp, string tenant = "acme", string action = "autopilot.ops.apply", string scopes = "[\"ops:apply\"]",
        string actor = "alice", string? project = null, string jti = "0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11", string extra = "") =>
        "{\"jti\":\"" + jti + "\",\"ver\":\"1\",\"iat\":" + iat + ",\"exp\":" + exp + ",\"tid\":\"" + tenant + "\"," +
        (project is null ? string.Empty : "\"pid\":\"" + project + "\",") +
        "\"act\":\"" + actor + "\",\"scp\":" + scopes + ",\"aud\":\"" + action + "\"" + extra + "}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
