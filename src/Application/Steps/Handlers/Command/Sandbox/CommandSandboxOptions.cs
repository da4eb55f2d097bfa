namespace JobForge.Application.Steps.Handlers.Command.Sandbox;

/// <summary>The sandbox of command steps (<c>JobForge:Steps:Command:Sandbox</c>).</summary>
public sealed class CommandSandboxOptions
{
    /// <summary>The default of <see cref="BubblewrapPath"/>.</summary>
    public const string DefaultBubblewrapPath = "/usr/bin/bwrap";

    /// <summary>The default of <see cref="UserId"/> and <see cref="GroupId"/>: <c>nobody</c>/<c>nogroup</c>.</summary>
    public const int DefaultUnprivilegedId = 65534;

    /// <summary>How steps are isolated; <see cref="CommandSandboxMode.None"/> is an explicit, logged opt-out.</summary>
    public CommandSandboxMode Mode { get; set; } = CommandSandboxMode.Bubblewrap;

    /// <summary>The absolute path of <c>bwrap</c> (Debian package <c>bubblewrap</c>; <c>scripts/sandbox-install</c> installs it).</summary>
    public string BubblewrapPath { get; set; } = DefaultBubblewrapPath;

    /// <summary>The user id the process has inside the sandbox (never root).</summary>
    public int UserId { get; set; } = DefaultUnprivilegedId;

    /// <summary>The group id the process has inside the sandbox (never root).</summary>
    public int GroupId { get; set; } = DefaultUnprivilegedId;

    /// <summary>
    /// The host paths visible read-only inside the sandbox (missing ones are skipped). Setting the key replaces the
    /// list. The workspace root (read-write) and each executable's directory are always added.
    /// </summary>
    public string[]? ReadOnlyPaths { get; set; }

    /// <summary>The default of <see cref="ReadOnlyPaths"/>: the system's programs and libraries and the few files they read from <c>/etc</c>.</summary>
    public static IReadOnlyList<string> DefaultReadOnlyPaths { get; } =
    [
        "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
        "/etc/alternatives", "/etc/ssl", "/etc/ca-certificates", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
        "/etc/localtime", "/etc/nsswitch.conf", "/etc/hosts", "/etc/resolv.conf", "/etc/passwd", "/etc/group",
    ];
}
