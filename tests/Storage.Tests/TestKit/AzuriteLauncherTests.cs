using System.Diagnostics;
using System.Globalization;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.TestKit;

/// <summary>
/// The test kit's Azurite must end with the process that started it, however that process ends. These start the
/// launcher (tools/azurite/azurite-child.js) as the kit does, from a stand-in test host, kill that stand-in with
/// SIGKILL and look for the Azurite it started. Every process here is one the test started itself, stopped by its id.
/// </summary>
public sealed class AzuriteLauncherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The stand-in host (a subshell) launches Azurite with its stdin on a pipe it holds, then is killed with SIGKILL;
    /// its parent never reaps it, so it stays a zombie, which still answers kill(pid, 0): the case that used to leave
    /// Azurite running until the whole process tree ended.
    /// </summary>
    [Theory]
    [InlineData("--exit-on-stdin-close")]
    [InlineData("")]
    public async Task Launcher_ItsHostKilledAndLeftAZombie_ExitsWithinSeconds(string flag)
    {
        var folder = Directory.CreateTempSubdirectory("jobforge-launcher-").FullName;
        var script = $$"""
            ( me=$BASHPID
              exec 3> >(exec node "$0" $me {{flag}} --location "$1/data" --silent --disableTelemetry --blobHost 127.0.0.1 --blobPort 0 --queueHost 127.0.0.1 --queuePort 0 --tableHost 127.0.0.1 --tablePort 0 >"$1/log" 2>&1)
              echo "$me $!" > "$1/pids"
              exec sleep 600 ) &
            exec sleep 600
            """;
        // setsid: the stand-ins and Azurite form a process group of their own, which the test ends by its id whatever happens.
        using var outer = Process.Start(new ProcessStartInfo("setsid")
        {
            ArgumentList = { "bash", "-c", script, AzuriteInstall.EnsureInstalled(), folder }, UseShellExecute = false,
        })!;
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(Listening(folder)), Patience, "Azurite to listen");
            var pids = File.ReadAllText(Path.Combine(folder, "pids")).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var host = int.Parse(pids[0], CultureInfo.InvariantCulture);
            var azurite = int.Parse(pids[1], CultureInfo.InvariantCulture);
            Assert.True(IsRunning(azurite));

            Signal("-KILL", host);

            await Eventually.TrueAsync(() => Task.FromResult(State(host) == "Z"), Patience, "the stand-in host to be a zombie");
            await Eventually.TrueAsync(() => Task.FromResult(!IsRunning(azurite)), Patience, "Azurite to exit after its host was killed");
        }
        finally
        {
            Signal("-KILL", -outer.Id); // the whole group: stand-ins and Azurite, if any is left
            await outer.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_AzuritesStdin_IsAPipeThisProcessHolds()
    {
        await using var azurite = await AzuriteInstance.StartAsync();

        var stdin = new FileInfo($"/proc/{azurite.ProcessId}/fd/0").LinkTarget;

        Assert.StartsWith("pipe:", stdin, StringComparison.Ordinal);
    }

    private static bool Listening(string folder)
    {
        var log = Path.Combine(folder, "log");
        return File.Exists(Path.Combine(folder, "pids")) && File.Exists(log)
            && File.ReadAllText(log).Split('\n').Count(line => line.Contains("successfully listening", StringComparison.Ordinal)) == 3;
    }

    /// <summary>The process state letter from /proc (R, S, Z…), or null when the process is gone.</summary>
    private static string? State(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Alive and not a zombie (an exited child not yet reaped by init counts as ended).</summary>
    private static bool IsRunning(int pid) => State(pid) is { } state && state != "Z" && state != "X";

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { signal, "--", pid.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
