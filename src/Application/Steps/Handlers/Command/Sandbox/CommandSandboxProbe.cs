using System.ComponentModel;
using System.Diagnostics;

namespace JobForge.Application.Steps.Handlers.Command.Sandbox;

/// <summary>
/// Checks at start-up that the configured sandbox can run a command here: bubblewrap must be installed and allowed to
/// create its namespaces (containers and hardened kernels may forbid user namespaces).
/// </summary>
internal static class CommandSandboxProbe
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Why no sandbox can be made under <paramref name="workspaceRoot"/>, or null when one can.</summary>
    public static string? Problem(CommandSandboxOptions options, string workspaceRoot)
    {
        if (options.Mode == CommandSandboxMode.None)
        {
            return null;
        }

        if (!Path.IsPathFullyQualified(options.BubblewrapPath) || !File.Exists(options.BubblewrapPath))
        {
            return $"bubblewrap is not installed at '{options.BubblewrapPath}'";
        }

        var shell = File.Exists("/bin/sh") ? "/bin/sh" : "/usr/bin/sh";
        var start = new CommandSandbox(options, workspaceRoot).Start(shell, ["-c", "exit 0"], workspaceRoot, network: false);
        start.UseShellExecute = false;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.Environment.Clear();
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return "bubblewrap did not finish a test command in time";
            }

            return process.ExitCode == 0 ? null : $"bubblewrap could not create a sandbox (exit code {process.ExitCode}: {Shorten(error.Result)})";
        }
        catch (Win32Exception)
        {
            return $"bubblewrap at '{options.BubblewrapPath}' could not be started";
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Trim().Split('\n')[0];
        return line.Length > 200 ? line[..200] : line;
    }
}
