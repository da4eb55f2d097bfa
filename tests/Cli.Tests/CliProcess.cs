using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace JobForge.Cli.Tests;

/// <summary>
/// Starts the built <c>jobforge</c> (<c>dotnet JobForge.Cli.dll …</c>) as a child process with a clean environment (no
/// inherited JOBFORGE_* variables, its own config directory), feeds standard input, and collects exit code and output.
/// A process still running after the timeout is killed by its own handle, and the test fails.
/// </summary>
public static class CliProcess
{
    public static string DllPath { get; } = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "JobForgeCliPath").Value!;

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, string? stdin, params string[] args) =>
        RunAsync(DotnetHost, [DllPath, .. args], environment, stdin);

    /// <summary>
    /// Runs the CLI inside a pseudo-terminal with util-linux <c>script(1)</c> (<c>script -qec CMD /dev/null</c>, which exits with
    /// the command's code), so it takes its interactive path: spinner, live status. Standard output then holds the terminal's bytes.
    /// </summary>
    public static Task<CliResult> RunInTerminalAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        Assert.True(OperatingSystem.IsLinux() && File.Exists("/usr/bin/script"), "This test needs script(1) from util-linux (Linux).");
        var command = string.Join(' ', new[] { DotnetHost, DllPath }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        return RunAsync("/usr/bin/script", ["-qec", command, "/dev/null"], new Dictionary<string, string?>(environment) { ["TERM"] = "xterm-256color" }, null);
    }

    private static async Task<CliResult> RunAsync(string fileName, string[] args, IReadOnlyDictionary<string, string?> environment, string? stdin)
    {
        Assert.True(File.Exists(DllPath), "Build src/Cli first: " + DllPath);
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("JOBFORGE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"jobforge {string.Join(' ', args)} did not finish in 90 s. Output so far: {await output}");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
