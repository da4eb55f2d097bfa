using System.Diagnostics;
using System.Globalization;
using JobForge.Runs.Benchmarks;

namespace JobForge.Soak.Benchmarks;

/// <summary>Reads this process's memory, thread pool and open handles (<c>/proc/self/fd</c>), and Azurite's RSS and CPU from <c>/proc</c>.</summary>
internal sealed class ResourceSampler(StorageRequestCounter counter, WindowRecorder recorder, int? azuritePid)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ResourceSample Sample()
    {
        using var self = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        var (rss, cpu) = Azurite();
        return new ResourceSample(_clock.Elapsed, self.WorkingSet64 / 1048576.0, info.HeapSizeBytes / 1048576.0, GC.GetTotalMemory(false) / 1048576.0,
            ThreadPool.ThreadCount, Handles(), recorder.TotalOperations, counter.Total, rss, cpu);
    }

    private static int Handles()
    {
        try
        {
            return Directory.GetFileSystemEntries("/proc/self/fd").Length;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    // VmRSS from /proc/<pid>/status; utime + stime (+ children) from /proc/<pid>/stat, in clock ticks of 1/100 s.
    private (double RssMb, double CpuSeconds) Azurite()
    {
        if (azuritePid is not { } pid)
        {
            return (double.NaN, double.NaN);
        }

        try
        {
            var rss = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = rss is null ? double.NaN : double.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return (kb / 1024.0, ticks / 100.0);
        }
        catch (IOException)
        {
            return (double.NaN, double.NaN);
        }
    }
}
