namespace JobForge.Domain.Artifacts;

/// <summary>
/// The rule for artifact names: 1 to <see cref="MaxLength"/> characters of <c>A-Z a-z 0-9 . _ -</c>, not starting with
/// a dot and not ending in one (blob storage refuses such names). No slash, so a name can never reach outside its run's
/// folder (<c>../x</c>, <c>steps/a</c> are refused).
/// </summary>
public static class ArtifactName
{
    /// <summary>The longest name.</summary>
    public const int MaxLength = 128;

    /// <summary>Whether <paramref name="name"/> is a valid artifact name.</summary>
    public static bool IsValid(string? name) => Problem(name) is null;

    /// <summary>Why <paramref name="name"/> is not valid, or null when it is.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "an artifact name is required";
        }

        if (name.Length > MaxLength)
        {
            return $"an artifact name is at most {MaxLength} characters";
        }

        if (name[0] == '.')
        {
            return "an artifact name must not start with '.'";
        }

        if (name[^1] == '.')
        {
            return "an artifact name must not end with '.'";
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return "an artifact name uses only A-Z a-z 0-9 . _ -";
            }
        }

        return null;
    }
}
