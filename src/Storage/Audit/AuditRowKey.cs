using System.Globalization;
using System.Text.RegularExpressions;

namespace JobForge.Storage.Audit;

/// <summary>
/// Row keys of the audit trail, <c>{invertedTicks:D19}|{invertedSequence:D19}{instance}</c>: ordinal order is newest
/// first (ties within one writer also newest first), and a time range is a row-key range.
/// </summary>
internal static partial class AuditRowKey
{
    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks;

    /// <summary>The key of a record made at <paramref name="at"/>, the <paramref name="sequence"/>th of writer <paramref name="instance"/>.</summary>
    public static string Create(DateTimeOffset at, long sequence, string instance) =>
        string.Create(CultureInfo.InvariantCulture, $"{Inverted(at):D19}|{long.MaxValue - sequence:D19}{instance}");

    /// <summary>Row keys of records at or after <paramref name="since"/> are ordinally below this bound.</summary>
    public static string SinceExclusiveUpperBound(DateTimeOffset since) => Digits(Inverted(since) + 1);

    /// <summary>Row keys of records before <paramref name="until"/> are ordinally at or above this bound.</summary>
    public static string UntilInclusiveLowerBound(DateTimeOffset until) => Digits(Inverted(until) + 1);

    /// <summary>Whether <paramref name="rowKey"/> has the shape this type produces.</summary>
    public static bool IsValid(string rowKey) => Shape().IsMatch(rowKey);

    /// <summary>A new random writer instance id (12 lowercase hex digits).</summary>
    public static string NewInstance() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));

    private static long Inverted(DateTimeOffset at) => MaxTicks - at.UtcTicks;

    private static string Digits(long value) => value.ToString("D19", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{19}\|\d{19}[0-9a-f]{12}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
