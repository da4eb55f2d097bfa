namespace JobForge.Storage.Blobs;

/// <summary>
/// Blob name rules, checked before any request: 1–1024 characters, no control characters, not ending in '.' or '/',
/// and no "." or ".." path segment (URI normalisation would silently rewrite those into another blob's name).
/// Names go on the wire with each '/'-separated segment percent-encoded and the slashes kept.
/// See https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata.
/// </summary>
internal static class BlobNames
{
    public const int MaxLength = 1024;

    /// <exception cref="ArgumentException">The name breaks a rule; the message says which.</exception>
    public static void ThrowIfInvalid(string? name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        var problem = Check(name);
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid blob name: {problem}", parameterName);
        }
    }

    /// <summary>The name with each segment percent-encoded (UTF-8), slashes kept.</summary>
    public static string Encode(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    private static string? Check(string name)
    {
        if (name.Length is 0 or > MaxLength)
        {
            return $"a blob name is 1 to {MaxLength} characters; this one has {name.Length}.";
        }

        if (name[^1] is '.' or '/')
        {
            return "a blob name must not end with '.' or '/'.";
        }

        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return "a blob name must not contain control characters.";
            }
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment is "." or "..")
            {
                return "a blob name must not contain a '.' or '..' path segment.";
            }
        }

        return HasLoneSurrogate(name) ? "a blob name must be valid UTF-16 (no lone surrogates)." : null;
    }

    private static bool HasLoneSurrogate(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(name[i]))
            {
                return true;
            }
        }

        return false;
    }
}
