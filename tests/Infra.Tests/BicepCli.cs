using System.Diagnostics;

namespace JobForge.Infra.Tests;

/// <summary>
/// The pinned Bicep CLI, restored from NuGet by <c>scripts/bicep-install</c> (no global install). A missing CLI fails
/// the tests; it never skips them.
/// </summary>
public static class BicepCli
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<string> Executable = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    // Deploy-time inputs main.bicepparam reads from the environment: cleared so a developer's shell cannot change the
    // snapshot or put a secret into the compiled parameters.
    private static readonly string[] ClearedVariables =
    [
        "AZURE_ENV_NAME", "AZURE_LOCATION", "JOBFORGE_HOSTING", "JOBFORGE_FIELD_ENCRYPTION_KEY_ID",
        "JOBFORGE_ALERT_ACTION_GROUP_ID", "JOBFORGE_WRITE_SECRETS", "JOBFORGE_POLICY_TOKEN_SECRET",
        "JOBFORGE_BOOTSTRAP_KEY", "JOBFORGE_FIELD_ENCRYPTION_KEY", "JOBFORGE_HTTP_SIGNING_SECRET",
    ];

    /// <summary>The path of the CLI executable.</summary>
    public static string Path => Executable.Value;

    /// <summary>Runs the CLI with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<BicepResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in ClearedVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var (exitCode, stdout, stderr) = await RunProcessAsync(start, CommandTimeout).ConfigureAwait(false);
        return new BicepResult(string.Join(' ', arguments), exitCode, stdout, stderr);
    }

    private static string Install()
    {
        var script = System.IO.Path.Combine(InfraPaths.Root, "scripts", "bicep-install");
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = InfraPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        // On the thread pool: Lazy runs this on a test's thread, and blocking that thread on continuations that need
        // xunit's synchronization context could deadlock while the other test threads wait for the install.
        var (exitCode, stdout, stderr) = Task.Run(() => RunProcessAsync(start, InstallTimeout)).GetAwaiter().GetResult();
        var path = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || path is null || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI is required and could not be installed: 'bash scripts/bicep-install' exited {exitCode}.\n{stdout}\n{stderr}");
        }

        return path;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
