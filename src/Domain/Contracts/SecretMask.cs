using System.Globalization;

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
}
