using JobForge.Application.Steps.Handlers.Command.Sandbox;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// Settings of the <c>command</c> step handler (<c>JobForge:Steps:Command</c>), validated at start-up. Command steps
/// are off until <see cref="WorkspaceRoot"/> is set: every step then fails <c>invalid_input</c> and names the key.
/// </summary>
public sealed class CommandStepOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Steps:Command";

    /// <summary>The default of <see cref="MaxLogBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxLogBytes = 1024 * 1024;

    /// <summary>
    /// The absolute directory every working directory must lie under (after symlinks are resolved). Unset: command
    /// steps are not configured.
    /// </summary>
    public string? WorkspaceRoot { get; set; }

    /// <summary>
    /// The executables a step may run: a name (what <c>with.executable</c> says) to an absolute path, e.g.
    /// <c>npm</c> → <c>/usr/bin/npm</c>. Nothing else runs; a step never names a path.
    /// </summary>
    public Dictionary<string, string> AllowedExecutables { get; } = new(StringComparer.Ordinal);

    /// <summary>The most bytes of a step's log artifact (stdout and stderr together); the rest is dropped with a marker.</summary>
    public int MaxLogBytes { get; set; } = DefaultMaxLogBytes;

    /// <summary>
    /// The timeout the handler enforces when the step's own timeout is not positive (the template's step timeout,
    /// default 5 minutes, otherwise wins). On timeout the whole process tree is killed.
    /// </summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The server's environment variables a command inherits (everything else, such as storage connection strings
    /// and policy secrets, is withheld). Default: <c>PATH, HOME, LANG, LC_ALL, TZ, TMPDIR, USER</c>. Setting the key
    /// replaces the list.
    /// </summary>
    public string[]? InheritedEnvironment { get; set; }

    /// <summary>The default of <see cref="InheritedEnvironment"/>.</summary>
    public static IReadOnlyList<string> DefaultInheritedEnvironment { get; } = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "USER"];

    /// <summary>How command processes are isolated from the server (<c>JobForge:Steps:Command:Sandbox</c>).</summary>
    public CommandSandboxOptions Sandbox { get; set; } = new();

    /// <summary>
    /// The variables a step's <c>with.env</c> may set: exact names, or prefixes ending in <c>*</c> (<c>APP_*</c>).
    /// Everything else is refused (an allow-list: loader and interpreter variables such as <c>LD_PRELOAD</c>,
    /// <c>PYTHONPATH</c>, <c>GIT_*</c>, <c>DOTNET_STARTUP_HOOKS</c> never pass). Default: <c>JOBFORGE_*, INPUT_*, CI,
    /// NO_COLOR, NODE_ENV</c>. Setting the key replaces the list; <c>PATH</c>, <c>LD_*</c> and <c>DYLD_*</c> are never allowed.
    /// </summary>
    public string[]? AllowedEnvironment { get; set; }

    /// <summary>The default of <see cref="AllowedEnvironment"/>.</summary>
    public static IReadOnlyList<string> DefaultAllowedEnvironment { get; } = ["JOBFORGE_*", "INPUT_*", "CI", "NO_COLOR", "NODE_ENV"];
}
