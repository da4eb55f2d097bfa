namespace JobForge.Application.Contracts;

/// <summary>SemVer 2.0.0 precedence (build metadata ignored) of two valid versions.</summary>
public static class SemanticVersionOrder
{
    /// <summary>Negative when <paramref name="left"/> precedes <paramref name="right"/>, zero when equal in precedence.</summary>
    public static int Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var (leftCore, leftPre) = Split(left);
        var (rightCore, rightPre) = Split(right);
        var core = leftCore.Zip(rightCore, CompareNumeric).FirstOrDefault(result => result != 0);
        if (core != 0)
        {
            return core;
        }

        if (leftPre is null || rightPre is null)
        {
            return (leftPre is null ? 1 : 0) - (rightPre is null ? 1 : 0);
        }

        var (a, b) = (leftPre.Split('.'), rightPre.Split('.'));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (aNumeric, bNumeric) = (a[i].All(char.IsAsciiDigit), b[i].All(char.IsAsciiDigit));
            var result = aNumeric && bNumeric ? CompareNumeric(a[i], b[i])
                : aNumeric != bNumeric ? (aNumeric ? -1 : 1)
                : string.CompareOrdinal(a[i], b[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static (string[] Core, string? Prerelease) Split(string version)
    {
        var withoutBuild = version.Split('+')[0];
        var dash = withoutBuild.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (withoutBuild.Split('.'), null) : (withoutBuild[..dash].Split('.'), withoutBuild[(dash + 1)..]);
    }

    private static int CompareNumeric(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
