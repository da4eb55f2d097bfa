namespace JobForge.Server.Tests.Steps.Command;

/// <summary>Reads <c>/proc</c> to tell whether a process still runs (a zombie awaiting its reaper does not).</summary>
internal static class ProcessTable
{
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static async Task<int> ReadPidAsync(string path)
    {
        await TestKit.Eventually.TrueAsync(
            () => Task.FromResult(File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), out _)),
            TimeSpan.FromSeconds(5), "pid file " + Path.GetFileName(path));
        return int.Parse(File.ReadAllText(path).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
