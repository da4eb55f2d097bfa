namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>How a command's process ended.</summary>
internal enum ProcessEnd
{
    /// <summary>It exited by itself.</summary>
    Exited,

    /// <summary>It ran past its timeout and its process tree was killed.</summary>
    TimedOut,

    /// <summary>The step was canceled and its process tree was killed.</summary>
    Canceled,

    /// <summary>It could not be started (missing, not executable).</summary>
    StartFailed,
}
