using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobForge.Domain.Events;

/// <summary>
/// Masks secrets and personal data by field name anywhere in a JSON tree, for logs: any property whose name, ignoring
/// case, <c>_</c> and <c>-</c>, is a known sensitive name (<c>password</c>, <c>Authorization</c>, <c>api_key</c>,
/// <c>credit-card</c>, <c>ssn</c>, …) or ends with <c>password</c>, <c>secret</c>, <c>token</c>, <c>apikey</c> or
/// <c>privatekey</c> (<c>db_password</c>, <c>github_token</c>) has its value, whatever its type, replaced by
/// <see cref="PayloadRedactor.RedactedMarker"/>. Pure and total: containers deeper than 64 levels become
/// <c>"[TRUNCATED]"</c>.
/// </summary>
public static class SensitiveFieldRedactor
{
    private static readonly string[] s_names =
    [
        "password", "passwd", "pwd", "passphrase", "secret", "clientsecret", "token", "accesstoken", "refreshtoken",
        "idtoken", "apikey", "xapikey", "authorization", "proxyauthorization", "cookie", "setcookie", "sessionid",
        "ssn", "socialsecuritynumber", "creditcard", "creditcardnumber", "cardnumber", "pan", "cvv", "cvc",
        "privatekey", "connectionstring", "accountkey", "sharedaccesskey", "sig", "signature", "policytoken",
    ];

    private static readonly string[] s_suffixes = ["password", "secret", "token", "apikey", "privatekey"];

    /// <summary>Whether a property called <paramref name="name"/> is treated as sensitive.</summary>
    public static bool IsSensitiveName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 128)
        {
            return false;
        }

        var normalized = name.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal)
            .ToLowerInvariant();
        if (Array.IndexOf(s_names, normalized) >= 0)
        {
            return true;
        }

        foreach (var suffix in s_suffixes)
        {
            if (normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy of <paramref name="value"/> with every sensitive property's value redacted.</summary>
    public static JsonElement Redact(JsonElement value) =>
        JsonTreeRewriter.Rewrite(value, static (IReadOnlyList<PayloadPathSegment> location, JsonElement _, out JsonNode? replacement) =>
        {
            var sensitive = location.Count > 0
                && location[^1] is { Kind: PayloadPathSegmentKind.Property } last
                && IsSensitiveName(last.Name);
            replacement = sensitive ? JsonValue.Create(PayloadRedactor.RedactedMarker) : null;
            return sensitive ? RewriteDecision.Replace : RewriteDecision.Descend;
        });
}
