namespace JobForge.Application.Steps.Handlers.Command.Sandbox;

/// <summary>How a command step's process is isolated from the server (<c>JobForge:Steps:Command:Sandbox:Mode</c>).</summary>
public enum CommandSandboxMode
{
    /// <summary>
    /// The default: bubblewrap (<c>bwrap</c>) gives the process its own user, mount, PID, IPC, UTS and network
    /// namespaces; only the workspace root is writable, a short list of system paths is visible read-only, <c>/proc</c>
    /// shows only the sandbox's own processes, and the network is cut unless the step declares <c>network: true</c>.
    /// Start-up fails when bubblewrap cannot create a sandbox here.
    /// </summary>
    Bubblewrap,

    /// <summary>
    /// An explicit operator opt-out: the process runs as a plain child of the server (environment allow-list,
    /// workspace-confined working directory and path arguments, secret masking still apply). Logged as a warning at start-up.
    /// </summary>
    None,
}
