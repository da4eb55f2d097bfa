namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// Keeps working directories under the workspace root: relative paths only, no <c>..</c> segment, and the canonical
/// path (every symlink on the way resolved) must lie under the canonical root.
/// </summary>
internal static class WorkspacePath
{
    private const int MaxLinks = 40;
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>Why <paramref name="path"/> is not an acceptable relative path, or null.</summary>
    public static string? CheckRelative(string path)
    {
        if (path.Length > CommandInputs.MaxPathLength)
        {
            return $"must be at most {CommandInputs.MaxPathLength} characters.";
        }

        if (path.Contains('\0', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            return "must not contain NUL or backslash characters.";
        }

        if (Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal))
        {
            return "must be relative to the workspace root.";
        }

        return path.Split(Separators).Any(segment => segment == "..") ? "must not contain '..' segments." : null;
    }

    /// <summary>
    /// The canonical directory <paramref name="relative"/> names under <paramref name="root"/>, or null with
    /// <paramref name="problem"/> when it escapes the root, is not a directory or cannot be resolved.
    /// </summary>
    public static string? Resolve(string root, string relative, out string? problem)
    {
        problem = CheckRelative(relative);
        if (problem is not null)
        {
            return null;
        }

        var canonicalRoot = Canonical(Path.GetFullPath(root));
        var candidate = canonicalRoot is null ? null : Canonical(Path.GetFullPath(Path.Combine(canonicalRoot, relative)));
        if (canonicalRoot is null || candidate is null)
        {
            problem = "could not be resolved.";
            return null;
        }

        if (!IsUnder(candidate, canonicalRoot))
        {
            problem = "resolves outside the workspace root.";
            return null;
        }

        if (!Directory.Exists(candidate))
        {
            problem = "is not an existing directory.";
            return null;
        }

        return candidate;
    }

    /// <summary>
    /// Whether the path argument <paramref name="argument"/> (absolute, or relative to the canonical
    /// <paramref name="workingDirectory"/>) stays under the canonical <paramref name="canonicalRoot"/> once every
    /// symlink on the way is followed; a path that does not exist yet is judged by what exists of it.
    /// </summary>
    public static bool IsInside(string canonicalRoot, string workingDirectory, string argument)
    {
        if (argument.Length == 0 || argument.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        // No lexical clean-up first: '..' after a symlink must climb from the link's target, as the kernel does.
        var full = Path.IsPathRooted(argument) ? argument : Path.Combine(workingDirectory, argument);
        return Canonical(full) is { } canonical && IsUnder(canonical, canonicalRoot);
    }

    /// <summary>The canonical form of <paramref name="root"/> (every symlink resolved), or null when it cannot be resolved.</summary>
    public static string? CanonicalRoot(string root) => Canonical(Path.GetFullPath(root));

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or lies under it (both canonical).</summary>
    public static bool IsUnder(string path, string root)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(root);
        return string.Equals(path, trimmed, StringComparison.Ordinal)
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || (trimmed.Length > 0 && trimmed[^1] == Path.DirectorySeparatorChar && path.StartsWith(trimmed, StringComparison.Ordinal));
    }

    // Resolves every symlink component by component (a missing component stays as written); null on a loop or error.
    private static string? Canonical(string fullPath)
    {
        var links = 0;
        var pending = new Stack<string>(fullPath[Path.GetPathRoot(fullPath)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(fullPath)!;
        try
        {
            while (pending.TryPop(out var segment))
            {
                if (segment == ".")
                {
                    continue;
                }

                if (segment == "..")
                {
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }

                var next = Path.Combine(current, segment);
                var info = new FileInfo(next);
                if (info.LinkTarget is not { } target)
                {
                    current = next;
                    continue;
                }

                if (++links > MaxLinks)
                {
                    return null;
                }

                var absolute = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
                foreach (var part in absolute[Path.GetPathRoot(absolute)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    pending.Push(part);
                }

                current = Path.GetPathRoot(absolute)!;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return current;
    }
}
