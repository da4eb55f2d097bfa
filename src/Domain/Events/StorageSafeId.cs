using System.Buffers;

namespace JobForge.Domain.Events;

/// <summary>
/// The one rule for identifiers that end up in Azure Table partition or row keys: 1 to a field-specific maximum of
/// the characters <c>A-Z a-z 0-9 . _ : -</c>, starting with a letter or digit. That excludes everything Azure forbids in
/// keys (<c>/ \ # ?</c>, control characters), whitespace, and any non-ASCII character, so no input can break or collide a
/// key; and it keeps names starting with <c>_</c> (such as the audit trail's <c>_system</c>) for JobForge itself.
/// </summary>
public static class StorageSafeId
{
    /// <summary>The longest <c>tenant_id</c> and <c>project_id</c>.</summary>
    public const int MaxScopeIdLength = 64;

    /// <summary>The longest <c>actor_id</c> and <c>trace_id</c>.</summary>
    public const int MaxActorOrTraceIdLength = 128;

    /// <summary>The longest <c>event_id</c> (and <c>Idempotency-Key</c>).</summary>
    public const int MaxEventIdLength = 255;

    /// <summary>The characters allowed, for messages.</summary>
    public const string AllowedCharactersDescription = "A-Z a-z 0-9 . _ : - (starting with a letter or digit)";

    /// <summary>Whether <paramref name="value"/> is 1 to <paramref name="maxLength"/> allowed characters.</summary>
    public static bool IsValid(string? value, int maxLength) =>
        value is { Length: > 0 } && value.Length <= maxLength && IndexOfDisallowedCharacter(value) < 0;

    /// <summary>The index of the first character of <paramref name="value"/> that is not allowed (0 for a first character that is not a letter or digit), or -1.</summary>
    public static int IndexOfDisallowedCharacter(ReadOnlySpan<char> value) =>
        value.Length > 0 && !char.IsAsciiLetterOrDigit(value[0]) ? 0 : value.IndexOfAnyExcept(s_allowed);

    /// <summary>Whether <paramref name="c"/> is one of the allowed characters.</summary>
    public static bool IsAllowed(char c) => s_allowed.Contains(c);

    private static readonly SearchValues<char> s_allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-");
}
