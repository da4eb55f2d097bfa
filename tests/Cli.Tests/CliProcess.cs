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

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, string? stdin, params string[] args)
    {
        Assert.True(File.Exists(DllPath), "Build src/Cli first: " + DllPath);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath);
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
