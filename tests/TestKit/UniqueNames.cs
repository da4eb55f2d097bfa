using System.Threading;

namespace JobForge.TestKit;

/// <summary>
/// Per-test resource names, valid for tables (letters and digits, starting with a letter), containers and queues
/// (lowercase letters, digits), so tests that share one Azurite never see each other's data.
/// </summary>
public static class UniqueNames
{
    private static readonly string RunPrefix = "t" + Guid.NewGuid().ToString("N")[..8];
    private static int _counter;

    /// <summary>A name like <c>t1a2b3c4d{hint}42</c>: lowercase, 3–63 characters, unique in this process.</summary>
    public static string Next(string hint = "")
    {
        var clean = new string(hint.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
        return RunPrefix + clean + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
