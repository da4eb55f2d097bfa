using Azure.Core;

namespace JobForge.Storage.Blobs;

/// <summary>
/// Writes metadata as <c>x-ms-meta-{name}</c> headers after checking what HTTP and the service accept: names are C#
/// identifiers, values printable ASCII without leading or trailing spaces (which HTTP would silently trim).
/// </summary>
internal static class BlobMetadata
{
    public static void Apply(Request request, IReadOnlyDictionary<string, string> metadata)
    {
        foreach (var (name, value) in metadata)
        {
            if (!IsValidName(name))
            {
                throw new ArgumentException(
                    $"Metadata name '{name}' is not a C# identifier (letters, digits and underscores, not starting with a digit).", nameof(metadata));
            }

            ArgumentNullException.ThrowIfNull(value, nameof(metadata));
            if (!IsValidValue(value))
            {
                throw new ArgumentException(
                    $"Metadata value of '{name}' must be printable ASCII without leading or trailing spaces.", nameof(metadata));
            }

            request.Headers.SetValue("x-ms-meta-" + name, value);
        }
    }

    private static bool IsValidName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static bool IsValidValue(string value) =>
        value.All(c => c is >= ' ' and <= '~') && (value.Length == 0 || (value[0] != ' ' && value[^1] != ' '));
}
