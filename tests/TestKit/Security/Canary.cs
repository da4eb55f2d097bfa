using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobForge.TestKit.Security;

/// <summary>A value the leak scan must not find in the clear, and the one kind of place (if any) meant to hold it.</summary>
/// <param name="Name">What it is, for the failure message.</param>
/// <param name="Value">The exact text searched for (ordinal).</param>
/// <param name="AllowedIn">Where the value may appear by design, or null for nowhere.</param>
/// <param name="CheckResponses">Whether error responses are searched too (not for personal data the client sent itself).</param>
public sealed record Canary(string Name, string Value, Func<CapturedText, bool>? AllowedIn = null, bool CheckResponses = true)
{
    /// <summary>
    /// The spellings searched: as is, JSON-escaped (System.Text.Json's default encoder writes <c>+</c> as <c>\u002B</c>,
    /// so a phone number or a base64 key is stored that way) and URL-escaped.
    /// </summary>
    public IReadOnlyList<string> Spellings =>
    [
        .. new[]
        {
            Value,
            JsonEncodedText.Encode(Value).ToString(),
            JsonEncodedText.Encode(Value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
            Uri.EscapeDataString(Value),
        }.Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Every place in <paramref name="texts"/> that holds the value where it is not allowed.</summary>
    public IEnumerable<string> LeaksIn(IEnumerable<CapturedText> texts)
    {
        var spellings = Spellings;
        return texts.Where(text => spellings.Any(s => text.Text.Contains(s, StringComparison.Ordinal)) && !(AllowedIn?.Invoke(text) ?? false))
            .Select(text => $"{Name} in {text.Where}");
    }

    /// <summary>Whether any of <paramref name="texts"/> holds the value in any spelling.</summary>
    public bool IsIn(IEnumerable<CapturedText> texts) => texts.Any(text => Spellings.Any(s => text.Text.Contains(s, StringComparison.Ordinal)));
}
