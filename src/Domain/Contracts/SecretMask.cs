using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>Hides secret values: a short masked preview for findings, and redaction of known values from text.</summary>
public static class SecretMask
{
    /// <summary>What <see cref="Redact"/> puts in place of a secret.</summary>
    public const string Marker = "***";

    /// <summary>Values at least this long show their first <see cref="PreviewLength"/> characters in a preview.</summary>
    public const int MinLengthForPreview = 16;

    /// <summary>How many leading characters a preview shows.</summary>
    public const int PreviewLength = 4;

    /// <summary>
    /// A preview that never holds the secret: <c>'AKIA…' (20 characters)</c> for long values, <c>'***' (8 characters)</c>
    /// for short ones (where four characters would be a large part of it).
    /// </summary>
    public static string Preview(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var shown = value.Length >= MinLengthForPreview ? value[..PreviewLength] + "…" : Marker;
        return string.Create(CultureInfo.InvariantCulture, $"'{shown}' ({value.Length} characters)");
    }

    /// <summary><paramref name="text"/> with every occurrence of each of <paramref name="secretValues"/> replaced by <see cref="Marker"/> (longest first).</summary>
    public static string Redact(string text, IEnumerable<string> secretValues)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secretValues);
        foreach (var secret in secretValues.Where(value => value.Length > 0).OrderByDescending(value => value.Length))
        {
            text = text.Replace(secret, Marker, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// A copy of <paramref name="value"/> with the secrets redacted inside every string value (as <see cref="Redact"/>
    /// does). Prefer it to redacting serialized text: JSON escaping (<c>+</c> becomes <c>\u002B</c>) can hide a secret
    /// from a plain text search.
    /// </summary>
    public static JsonElement RedactJson(JsonElement value, IReadOnlyCollection<string> secretValues)
    {
        ArgumentNullException.ThrowIfNull(secretValues);
        return JsonTreeRewriter.Rewrite(value, (IReadOnlyList<PayloadPathSegment> location, JsonElement element, out JsonNode? replacement) =>
        {
            replacement = null;
            if (element.ValueKind != JsonValueKind.String)
            {
                return RewriteDecision.Descend;
            }

            var text = JsonRawText.String(element, out _);
            var redacted = Redact(text, secretValues);
            if (ReferenceEquals(redacted, text) || redacted == text)
            {
                return RewriteDecision.Copy;
            }

            replacement = JsonValue.Create(redacted);
            return RewriteDecision.Replace;
        });
    }
}
