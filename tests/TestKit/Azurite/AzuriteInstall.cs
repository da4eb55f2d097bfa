using System.Diagnostics;

namespace JobForge.TestKit.Azurite;

/// <summary>
/// Finds the project-pinned Azurite (tools/azurite, installed by scripts/azurite-install with npm ci) and installs it
/// when it is missing, so that <c>dotnet test</c> alone works on a fresh clone with Node.js.
/// </summary>
public static class AzuriteInstall
{
    private static readonly object Gate = new();

    /// <summary>Returns the path of the launcher script, installing Azurite first when needed.</summary>
    public static string EnsureInstalled()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tools", "azurite");
        var launcher = Path.Combine(folder, "azurite-child.js");
        var azurite = Path.Combine(folder, "node_modules", "azurite", "dist", "src", "azurite.js");
        lock (Gate)
        {
            if (File.Exists(azurite))
            {
                return launcher;
            }

            var install = Path.Combine(RepositoryPaths.Root, "scripts", "azurite-install");
            using var process = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { install }, UseShellExecute = false })
                ?? throw new InvalidOperationException("Could not run " + install);
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(azurite))
            {
                throw new InvalidOperationException(
                    $"Azurite is not installed and '{install}' failed (exit {process.ExitCode}). It needs Node.js 20+ and npm on PATH.");
            }

            return launcher;
        }
    }
}
