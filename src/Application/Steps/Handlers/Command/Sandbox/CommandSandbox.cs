using System.Diagnostics;

namespace JobForge.Application.Steps.Handlers.Command.Sandbox;

/// <summary>
/// Builds the process start of one command under the configured sandbox. With bubblewrap the command gets its own
/// user (an unprivileged id, no capabilities), mount, PID, IPC, UTS, cgroup and network namespaces: the file system is
/// an empty root with the read-only system paths, the command's own directory, a fresh <c>/proc</c> (only the
/// sandbox's processes), a minimal <c>/dev</c>, a private <c>/tmp</c> and the workspace root read-write. The server's
/// files, its <c>/proc</c> and its environment are not there. The network stays cut unless the step declares it.
/// </summary>
/// <param name="options">The sandbox settings.</param>
/// <param name="workspaceRoot">The canonical workspace root, bound read-write.</param>
internal sealed class CommandSandbox(CommandSandboxOptions options, string workspaceRoot)
{
    /// <summary>Where the sandboxed command's home and temporary directory point (the private <c>/tmp</c>).</summary>
    public const string SandboxTemp = "/tmp";

    /// <summary>The start of <paramref name="executable"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public ProcessStartInfo Start(string executable, IReadOnlyList<string> args, string workingDirectory, bool network)
    {
        if (options.Mode == CommandSandboxMode.None)
        {
            var plain = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory };
            foreach (var arg in args)
            {
                plain.ArgumentList.Add(arg);
            }

            return plain;
        }

        var start = new ProcessStartInfo(options.BubblewrapPath) { WorkingDirectory = workspaceRoot };
        var list = start.ArgumentList;
        // No --die-with-parent: its parent-death signal fires when the *thread* that started the process exits, and .NET
        // starts processes from pool threads that come and go, so it killed healthy commands at random. Timeouts and
        // cancellation kill the tree instead, and the PID namespace takes every process down with the sandbox's init.
        Add(list, "--new-session", "--unshare-all");
        if (network)
        {
            Add(list, "--share-net");
        }

        Add(list, "--uid", Id(options.UserId), "--gid", Id(options.GroupId), "--cap-drop", "ALL");
        foreach (var path in ReadOnlyPaths(executable))
        {
            Add(list, "--ro-bind-try", path, path);
        }

        Add(list, "--proc", "/proc", "--dev", "/dev", "--tmpfs", SandboxTemp);
        Add(list, "--bind", workspaceRoot, workspaceRoot, "--chdir", workingDirectory);
        Add(list, "--setenv", "HOME", SandboxTemp, "--setenv", "TMPDIR", SandboxTemp);
        Add(list, "--", executable);
        foreach (var arg in args)
        {
            list.Add(arg);
        }

        return start;
    }

    // The configured system paths plus the executable's directory (and its real one, when it is a link).
    private IEnumerable<string> ReadOnlyPaths(string executable)
    {
        var paths = new List<string>(options.ReadOnlyPaths ?? CommandSandboxOptions.DefaultReadOnlyPaths);
        var directory = Path.GetDirectoryName(executable);
        if (directory is not null)
        {
            paths.Add(directory);
        }

        var resolved = ResolveLinks(executable);
        if (resolved is not null && Path.GetDirectoryName(resolved) is { } real)
        {
            paths.Add(real);
        }

        // Nested paths after their parents, so a parent's bind does not hide a child's; the workspace root is bound later.
        return paths.Where(Path.IsPathFullyQualified).Distinct(StringComparer.Ordinal).OrderBy(path => path.Length);
    }

    private static string? ResolveLinks(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Add(ICollection<string> list, params string[] items)
    {
        foreach (var item in items)
        {
            list.Add(item);
        }
    }
}
