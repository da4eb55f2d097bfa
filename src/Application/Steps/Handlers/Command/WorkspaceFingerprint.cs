using System.Security.Cryptography;
using System.Text;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// A workspace's fingerprint: SHA-256 over its manifest files and over its lock files (each as relative path and
/// content hash, sorted by path), its file count and total size. The walk skips <c>node_modules</c>, <c>.git</c>,
/// <c>bin</c> and <c>obj</c>, never follows symlinks, visits entries in ordinal order and stops at
/// <see cref="MaxFiles"/> files (then <see cref="Truncated"/> is true).
/// </summary>
/// <param name="ManifestSha256">The manifests' hash (hex), or null when there are none.</param>
/// <param name="LockSha256">The lock files' hash (hex), or null when there are none.</param>
/// <param name="FileCount">The files counted.</param>
/// <param name="TotalBytes">Their total size.</param>
/// <param name="Truncated">Whether the walk stopped at <see cref="MaxFiles"/>.</param>
internal sealed record WorkspaceFingerprint(string? ManifestSha256, string? LockSha256, int FileCount, long TotalBytes, bool Truncated)
{
    /// <summary>The most files walked.</summary>
    public const int MaxFiles = 100_000;

    private static readonly HashSet<string> SkippedDirectories = new(["node_modules", ".git", "bin", "obj"], StringComparer.Ordinal);

    private static readonly HashSet<string> Manifests = new(
        ["package.json", "pyproject.toml", "Directory.Packages.props", "Directory.Build.props", "go.mod", "Cargo.toml", "Gemfile", "composer.json"],
        StringComparer.Ordinal);

    private static readonly string[] ManifestExtensions = [".csproj", ".fsproj", ".vbproj"];

    private static readonly HashSet<string> Locks = new(
        ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "packages.lock.json", "poetry.lock",
         "Pipfile.lock", "uv.lock", "Cargo.lock", "go.sum", "Gemfile.lock", "composer.lock"],
        StringComparer.Ordinal);

    /// <summary>Fingerprints the directory <paramref name="root"/>.</summary>
    public static WorkspaceFingerprint Compute(string root, CancellationToken cancellationToken)
    {
        var manifests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var locks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        long bytes = 0;
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.TryPop(out var directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            foreach (var directoryEntry in entries.OfType<DirectoryInfo>().Reverse())
            {
                if (!SkippedDirectories.Contains(directoryEntry.Name))
                {
                    pending.Push(directoryEntry.FullName);
                }
            }

            foreach (var file in entries.OfType<FileInfo>())
            {
                if (count == MaxFiles)
                {
                    return Finish(manifests, locks, count, bytes, truncated: true);
                }

                count++;
                bytes += file.Length;
                var relative = Path.GetRelativePath(root, file.FullName).Replace('\\', '/');
                if (Locks.Contains(file.Name))
                {
                    locks[relative] = HashFile(file);
                }
                else if (Manifests.Contains(file.Name) || ManifestExtensions.Any(ext => file.Name.EndsWith(ext, StringComparison.Ordinal)))
                {
                    manifests[relative] = HashFile(file);
                }
            }
        }

        return Finish(manifests, locks, count, bytes, truncated: false);
    }

    private static WorkspaceFingerprint Finish(
        SortedDictionary<string, string> manifests, SortedDictionary<string, string> locks, int count, long bytes, bool truncated) =>
        new(Combine(manifests), Combine(locks), count, bytes, truncated);

    private static string? Combine(SortedDictionary<string, string> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (path, hash) in files)
        {
            text.Append(path).Append('\0').Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string HashFile(FileInfo file)
    {
        try
        {
            using var stream = file.OpenRead();
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
