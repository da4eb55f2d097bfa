using System.Diagnostics;
using System.Globalization;

namespace JobForge.Fuzz;

/// <summary>Runs saved inputs through a target once each, printing the time each took and the first failure.</summary>
public static class FuzzReplay
{
    /// <summary>Replays every file under <paramref name="paths"/>; 0 when none failed, 1 otherwise.</summary>
    public static int Run(FuzzTarget target, IEnumerable<string> paths, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(output);
        var failed = 0;
        foreach (var file in paths.SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path]).Order(StringComparer.Ordinal))
        {
            var data = File.ReadAllBytes(file);
            var watch = Stopwatch.StartNew();
            try
            {
                target.Run(data);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok    {watch.Elapsed.TotalMilliseconds,8:F1} ms  {file}"));
            }
            catch (Exception ex)
            {
                failed++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL  {watch.Elapsed.TotalMilliseconds,8:F1} ms  {file}"));
                output.WriteLine(ex.ToString());
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
