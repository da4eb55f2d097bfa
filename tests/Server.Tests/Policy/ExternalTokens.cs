using System.Security.Cryptography;
using System.Text;

namespace JobForge.Server.Tests.Policy;

/// <summary>Mints tokens the way another JobForge client would (own base64url and HMAC, no server code).</summary>
internal static class ExternalTokens
{
    public static string Mint(string claimsJson, string secret)
    {
        var payload = Base64Url(Encoding.UTF8.GetBytes(claimsJson));
        return payload + "." + Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(payload)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
