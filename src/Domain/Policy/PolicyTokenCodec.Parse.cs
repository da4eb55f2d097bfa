using System.Buffers.Text;
using System.Text.Json;

namespace JobForge.Domain.Policy;

/// <content>Reading the claims JSON (only after the signature verified); never throws for input.</content>
public static partial class PolicyTokenCodec
{
    /// <summary>
    /// Parses the claims of a payload segment: a JSON object without duplicate keys, with every required claim, each
    /// within <see cref="PolicyTokenLimits"/>. Unknown claims are ignored (newer clients may add some).
    /// </summary>
    public static bool TryParseClaims(string payloadSegment, out PolicyTokenClaims? claims, out string problem)
    {
        ArgumentNullException.ThrowIfNull(payloadSegment);
        claims = null;
        byte[] json;
        try
        {
            json = Base64Url.DecodeFromChars(payloadSegment);
        }
        catch (FormatException)
        {
            problem = "The payload is not base64url.";
            return false;
        }

        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            problem = "The payload is not UTF-8.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = PolicyTokenLimits.MaxDepth });
            return TryReadClaims(document.RootElement, out claims, out problem);
        }
        catch (JsonException)
        {
            problem = "The payload is not a JSON object.";
            return false;
        }
    }

    private static bool TryReadClaims(JsonElement root, out PolicyTokenClaims? claims, out string problem)
    {
        claims = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The payload is not a JSON object.";
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                problem = "The claim '" + Shorten(property.Name) + "' appears more than once.";
                return false;
            }
        }

        var reader = new ClaimReader(root);
        var jti = reader.String("jti", 36, required: true);
        var version = reader.Version();
        var issuedAt = reader.Seconds("iat");
        var expiresAt = reader.Seconds("exp");
        var tenant = reader.String("tid", PolicyTokenLimits.MaxClaimLength, required: true);
        var project = reader.String("pid", PolicyTokenLimits.MaxClaimLength, required: false);
        var actor = reader.String("act", PolicyTokenLimits.MaxClaimLength, required: true);
        var scopes = reader.Scopes();
        var action = reader.String("aud", PolicyTokenLimits.MaxClaimLength, required: true);
        var resource = reader.String("res", PolicyTokenLimits.MaxClaimLength, required: false);
        var context = reader.Context();
        if (reader.Problem is null && !Guid.TryParseExact(jti, "D", out _))
        {
            reader.Fail("'jti' must be a UUID.");
        }

        if (reader.Problem is null && expiresAt <= issuedAt)
        {
            reader.Fail("'exp' must be after 'iat'.");
        }

        if (reader.Problem is { } failure)
        {
            problem = failure;
            return false;
        }

        claims = new PolicyTokenClaims(jti!, version!, issuedAt, expiresAt, tenant!, project, actor!, scopes!, action!, resource, context);
        problem = string.Empty;
        return true;
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
