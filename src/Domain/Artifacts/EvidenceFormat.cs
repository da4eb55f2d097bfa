using System.Globalization;

namespace JobForge.Domain.Artifacts;

/// <summary>Human formats for reports: sizes in B/KB/MB/GB (1024-based), durations in ms or seconds, costs in dollars.</summary>
public static class EvidenceFormat
{
    /// <summary><c>999 B</c>, <c>1.5 KB</c>, <c>2 MB</c>: bytes below 1 KiB, else one decimal at most.</summary>
    public static string Size(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        }

        string[] units = ["KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.#", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary><c>850 ms</c> below one second, else seconds with two decimals (<c>1.25 s</c>).</summary>
    public static string Duration(long milliseconds) =>
        milliseconds < 1000
            ? milliseconds.ToString(CultureInfo.InvariantCulture) + " ms"
            : (milliseconds / 1000.0).ToString("0.00", CultureInfo.InvariantCulture) + " s";

    /// <summary>Dollars with two decimals, four below one cent: <c>$1.50</c>, <c>$0.0042</c>.</summary>
    public static string Dollars(decimal amount) =>
        "$" + amount.ToString(amount is > 0 and < 0.01m ? "0.00##" : "0.00", CultureInfo.InvariantCulture);
}
