using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// A Service Bus shared access signature,
/// <c>SharedAccessSignature sr={url-encoded resource}&amp;sig={url-encoded base64 HMAC-SHA256}&amp;se={unix expiry}&amp;skn={key name}</c>,
/// where the HMAC key is the UTF-8 bytes of the shared access key and the signed string is
/// <c>{url-encoded resource}\n{expiry}</c> (https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas).
/// The resource is encoded with <see cref="WebUtility.UrlEncode"/> and not case-normalised, as Azure.Messaging.ServiceBus does.
/// </summary>
internal sealed record ServiceBusSignatureToken(string Value, string Resource, string KeyName, DateTimeOffset ExpiresOn)
{
    public const string Scheme = "SharedAccessSignature";

    public static ServiceBusSignatureToken Create(string resource, string keyName, byte[] key, DateTimeOffset expiresOn)
    {
        var encodedResource = WebUtility.UrlEncode(resource);
        var expiry = expiresOn.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(encodedResource + "\n" + expiry)));
        var value = Scheme + " sr=" + encodedResource + "&sig=" + WebUtility.UrlEncode(signature)
            + "&se=" + expiry + "&skn=" + WebUtility.UrlEncode(keyName);
        return new ServiceBusSignatureToken(value, resource, keyName, DateTimeOffset.FromUnixTimeSeconds(expiresOn.ToUnixTimeSeconds()));
    }

    /// <summary>Parses an issued signature. The error never contains the signature.</summary>
    public static bool TryParse(
        string? value, [NotNullWhen(true)] out ServiceBusSignatureToken? token, [NotNullWhen(false)] out string? error)
    {
        token = null;
        error = "The shared access signature is malformed: expected 'SharedAccessSignature sr=…&sig=…&se=…&skn=…'.";
        if (value is null || !value.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in value[(Scheme.Length + 1)..].Trim().Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1 || !fields.TryAdd(pair[..equals], pair[(equals + 1)..]))
            {
                return false;
            }
        }

        if (!fields.TryGetValue("sr", out var resource) || !fields.TryGetValue("sig", out _)
            || !fields.TryGetValue("skn", out var keyName) || !fields.TryGetValue("se", out var expiry))
        {
            error = "The shared access signature must carry sr, sig, se and skn.";
            return false;
        }

        if (!long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            error = "The shared access signature's se (expiry) is not a Unix time in seconds.";
            return false;
        }

        token = new ServiceBusSignatureToken(
            value, WebUtility.UrlDecode(resource), WebUtility.UrlDecode(keyName), DateTimeOffset.FromUnixTimeSeconds(seconds));
        error = null;
        return true;
    }

    /// <summary>Never the signature itself.</summary>
    public override string ToString() => $"SharedAccessSignature(skn={KeyName}, sr={Resource}, se={ExpiresOn:O})";
}
